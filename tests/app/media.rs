//! The image pipeline through the editor's cover upload, and how images are served.

use std::io::Cursor;

use diesel::prelude::*;
use image::codecs::jpeg::JpegEncoder;
use image::{ImageFormat, Rgb, RgbImage};
use parlour::db::schema::media;
use parlour::domain::Role;
use reqwest::StatusCode;

use crate::helpers::{Backend, Browser, TestApp, text_of_id};
use crate::on_both_databases;

/// A plain JPEG photo of the given size.
pub fn photo(width: u32, height: u32) -> Vec<u8> {
    let img = RgbImage::from_fn(width, height, |x, y| {
        Rgb([(x % 256) as u8, (y % 256) as u8, 120])
    });
    let mut out = Vec::new();
    JpegEncoder::new_with_quality(&mut out, 90)
        .encode_image(&img)
        .unwrap();
    out
}

/// A JPEG carrying an EXIF block with a GPS position and a camera serial number, and a
/// JPEG comment, inserted right after the start-of-image marker.
pub fn photo_with_gps() -> Vec<u8> {
    let mut tiff = Vec::new();
    tiff.extend_from_slice(b"MM\0\x2a\0\0\0\x08");
    // IFD0 at 8: two entries — BodySerialNumber (ASCII, at 50) and the GPS IFD pointer (at 68).
    tiff.extend_from_slice(&2u16.to_be_bytes());
    tiff.extend_from_slice(&[0xa4, 0x31, 0, 2]);
    tiff.extend_from_slice(&14u32.to_be_bytes());
    tiff.extend_from_slice(&38u32.to_be_bytes());
    tiff.extend_from_slice(&[0x88, 0x25, 0, 4]);
    tiff.extend_from_slice(&1u32.to_be_bytes());
    tiff.extend_from_slice(&52u32.to_be_bytes());
    tiff.extend_from_slice(&0u32.to_be_bytes());
    assert_eq!(tiff.len(), 38);
    tiff.extend_from_slice(b"SERIAL-98765\0\0");
    assert_eq!(tiff.len(), 52);
    // GPS IFD at 52: latitude reference "N" and latitude 51/1, 30/1, 4242/100.
    tiff.extend_from_slice(&2u16.to_be_bytes());
    tiff.extend_from_slice(&[0, 1, 0, 2]);
    tiff.extend_from_slice(&2u32.to_be_bytes());
    tiff.extend_from_slice(b"N\0\0\0");
    tiff.extend_from_slice(&[0, 2, 0, 5]);
    tiff.extend_from_slice(&3u32.to_be_bytes());
    tiff.extend_from_slice(&82u32.to_be_bytes());
    tiff.extend_from_slice(&0u32.to_be_bytes());
    assert_eq!(tiff.len(), 82);
    for (n, d) in [(51u32, 1u32), (30, 1), (4242, 100)] {
        tiff.extend_from_slice(&n.to_be_bytes());
        tiff.extend_from_slice(&d.to_be_bytes());
    }
    let mut app1 = b"Exif\0\0".to_vec();
    app1.extend_from_slice(&tiff);
    let comment = b"GPS 51.5074N 0.1278W owner phone 07700900123";
    let plain = photo(640, 480);
    let mut out = vec![0xff, 0xd8];
    out.extend_from_slice(&[0xff, 0xe1]);
    out.extend_from_slice(&((app1.len() + 2) as u16).to_be_bytes());
    out.extend_from_slice(&app1);
    out.extend_from_slice(&[0xff, 0xfe]);
    out.extend_from_slice(&((comment.len() + 2) as u16).to_be_bytes());
    out.extend_from_slice(comment);
    out.extend_from_slice(&plain[2..]);
    out
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xffff_ffffu32;
    for byte in bytes {
        crc ^= u32::from(*byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xedb8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// A PNG whose header claims 50 000 × 50 000 pixels (a decompression bomb).
fn bomb() -> Vec<u8> {
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut chunk = |kind: &[u8], data: &[u8]| {
        out.extend_from_slice(&(data.len() as u32).to_be_bytes());
        let mut body = kind.to_vec();
        body.extend_from_slice(data);
        out.extend_from_slice(&body);
        out.extend_from_slice(&crc32(&body).to_be_bytes());
    };
    let mut ihdr = Vec::new();
    ihdr.extend_from_slice(&50_000u32.to_be_bytes());
    ihdr.extend_from_slice(&50_000u32.to_be_bytes());
    ihdr.extend_from_slice(&[8, 2, 0, 0, 0]);
    chunk(b"IHDR", &ihdr);
    chunk(b"IDAT", &[0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01]);
    chunk(b"IEND", &[]);
    out
}

async fn upload_cover(author: &Browser, file: Vec<u8>, name: &str) -> crate::helpers::Page {
    author
        .submit_multipart(
            "/blog/new",
            "/blog/new",
            &[
                ("title", "Cover test"),
                ("body", "Body."),
                ("cover_alt", "A test picture"),
                ("publish", "now"),
                ("intent", "save"),
            ],
            &[("cover", name, file)],
        )
        .await
}

fn cover_url(html: &str) -> String {
    let start =
        html.find("class=\"cover\" src=\"").expect("a cover") + "class=\"cover\" src=\"".len();
    html[start..start + html[start..].find('"').unwrap()].to_owned()
}

async fn a_cover_photo_loses_its_gps_and_every_other_metadata(backend: Backend) {
    let app = TestApp::spawn_with(backend, |s| s.body_limit = 12 * 1024 * 1024).await;
    let author = app.signed_in_as("eleanor", &[Role::Staff]).await;
    let original = photo_with_gps();
    assert!(
        original.windows(4).any(|w| w == b"Exif"),
        "the fixture carries EXIF"
    );

    let saved = upload_cover(&author, original, "holiday.jpg").await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let page = app.browser().get("/blog/cover-test").await;
    let url = cover_url(&page.body);
    assert!(url.starts_with("/media/") && url.ends_with(".jpg"), "{url}");
    assert!(page.body.contains("alt=\"A test picture\""));

    let served = app
        .browser()
        .client
        .get(format!("{}{url}", app.address))
        .send()
        .await
        .unwrap();
    let bytes = served.bytes().await.unwrap();

    assert_eq!(image::guess_format(&bytes).unwrap(), ImageFormat::Jpeg);
    for marker in [
        &b"Exif"[..],
        b"SERIAL-98765",
        b"GPS",
        b"07700900123",
        b"MM\0\x2a",
    ] {
        assert!(
            !bytes.windows(marker.len()).any(|w| w == marker),
            "{:?} survived",
            String::from_utf8_lossy(marker)
        );
    }
    let has_segment = |code: u8| bytes.windows(2).any(|w| w == [0xff, code]);
    assert!(!has_segment(0xe1), "no APP1 (EXIF/XMP) segment");
    assert!(!has_segment(0xfe), "no comment segment");
    assert!(!has_segment(0xe2), "no APP2 (ICC) segment");
    let decoded = image::load(Cursor::new(&bytes), ImageFormat::Jpeg).unwrap();
    assert_eq!((decoded.width(), decoded.height()), (640, 480));
}

async fn uploads_that_are_not_good_images_are_refused_beside_the_field(backend: Backend) {
    let app = TestApp::spawn_with(backend, |s| s.body_limit = 12 * 1024 * 1024).await;
    let author = app.signed_in_as("eleanor", &[Role::Staff]).await;
    let whole = photo(400, 300);
    let mut huge = photo(64, 64);
    huge.resize(9 * 1024 * 1024, 0);
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "notes.jpg",
            b"these are not pixels".to_vec(),
            "not an image we accept",
        ),
        (
            "cut.jpg",
            whole[..whole.len() / 2].to_vec(),
            "could not be read",
        ),
        ("bomb.png", bomb(), "too many pixels"),
        ("huge.jpg", huge, "larger than 8 MB"),
        (
            "vector.svg",
            b"<svg xmlns='http://www.w3.org/2000/svg'></svg>".to_vec(),
            "not an image we accept",
        ),
    ];
    for (name, bytes, message) in cases {
        let page = upload_cover(&author, bytes, name).await;
        assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY, "{name}");
        let error =
            text_of_id(&page.body, "cover-error").unwrap_or_else(|| panic!("{name}: no message"));
        assert!(error.contains(message), "{name}: {error}");
        assert!(
            page.body.contains("value=\"Cover test\""),
            "{name}: the title is kept"
        );
    }
    assert_eq!(
        app.browser().get("/blog/cover-test").await.status,
        StatusCode::NOT_FOUND,
        "nothing saved"
    );
}

async fn images_are_cached_for_a_year_by_content(backend: Backend) {
    let app = TestApp::spawn_with(backend, |s| s.body_limit = 12 * 1024 * 1024).await;
    let author = app.signed_in_as("eleanor", &[Role::Staff]).await;
    upload_cover(&author, photo(300, 200), "a.jpg").await;
    let url = cover_url(&app.browser().get("/blog/cover-test").await.body);
    let client = reqwest::Client::new();

    let first = client
        .get(format!("{}{url}", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(first.status(), StatusCode::OK);
    assert_eq!(
        first.headers()["cache-control"],
        "public, max-age=31536000, immutable"
    );
    assert_eq!(first.headers()["content-type"], "image/jpeg");
    let etag = first.headers()["etag"].to_str().unwrap().to_owned();
    let again = client
        .get(format!("{}{url}", app.address))
        .header("if-none-match", &etag)
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), StatusCode::NOT_MODIFIED);
    let wrong_extension = url.replace(".jpg", ".png");
    assert_eq!(
        client
            .get(format!("{}{wrong_extension}", app.address))
            .send()
            .await
            .unwrap()
            .status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        client
            .get(format!("{}/media/00ff.jpg", app.address))
            .send()
            .await
            .unwrap()
            .status(),
        StatusCode::NOT_FOUND
    );
}

async fn a_cover_survives_a_form_with_mistakes(backend: Backend) {
    let app = TestApp::spawn_with(backend, |s| s.body_limit = 12 * 1024 * 1024).await;
    let author = app.signed_in_as("eleanor", &[Role::Staff]).await;
    let page = author
        .submit_multipart(
            "/blog/new",
            "/blog/new",
            &[
                ("title", ""),
                ("body", "Body."),
                ("cover_alt", ""),
                ("publish", "now"),
                ("intent", "save"),
            ],
            &[("cover", "a.jpg", photo(200, 100))],
        )
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        text_of_id(&page.body, "cover_alt-error")
            .unwrap()
            .contains("Describe the cover")
    );
    let marker = "name=\"cover_hash\" value=\"";
    let start = page.body.find(marker).expect("the cover is carried") + marker.len();
    let hash = page.body[start..start + 32].to_owned();

    let saved = author
        .submit_multipart(
            "/blog/new",
            "/blog/new",
            &[
                ("title", "Kept cover"),
                ("body", "Body."),
                ("cover_alt", "Stripes"),
                ("cover_hash", &hash),
                ("publish", "now"),
                ("intent", "save"),
            ],
            &[],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    assert!(cover_url(&app.browser().get("/blog/kept-cover").await.body).contains(&hash));
}

async fn a_replaced_cover_is_no_longer_kept_or_served(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let author = app.signed_in_as("eleanor", &[Role::Staff]).await;
    upload_cover(&author, photo(300, 200), "first.jpg").await;
    let first = cover_url(&app.browser().get("/blog/cover-test").await.body);

    let replaced = author
        .submit_multipart(
            "/blog/cover-test/edit",
            "/blog/cover-test/edit",
            &[
                ("title", "Cover test"),
                ("body", "Body."),
                ("cover_alt", "Another picture"),
                ("publish", "now"),
                ("intent", "save"),
            ],
            &[("cover", "second.jpg", photo(200, 300))],
        )
        .await;
    assert_eq!(replaced.status, StatusCode::SEE_OTHER, "{}", replaced.body);
    let second = cover_url(&app.browser().get("/blog/cover-test").await.body);
    assert_ne!(first, second);
    assert_eq!(app.browser().get(&second).await.status, StatusCode::OK);
    assert_eq!(
        app.browser().get(&first).await.status,
        StatusCode::NOT_FOUND,
        "nothing shows the old cover any more"
    );
}

async fn uploads_left_behind_by_a_form_are_deleted_after_a_day(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let author = app.signed_in_as("eleanor", &[Role::Staff]).await;
    upload_cover(&author, photo(300, 200), "kept.jpg").await;
    let kept = cover_url(&app.browser().get("/blog/cover-test").await.body);
    // A form with a mistake carries its upload; this one is never sent again.
    let page = author
        .submit_multipart(
            "/blog/new",
            "/blog/new",
            &[
                ("title", ""),
                ("body", "Body."),
                ("cover_alt", ""),
                ("intent", "save"),
            ],
            &[("cover", "left.jpg", photo(200, 100))],
        )
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    let marker = "name=\"cover_hash\" value=\"";
    let start = page.body.find(marker).expect("the cover is carried") + marker.len();
    let hash = page.body[start..start + 32].to_owned();
    let left_url = app
        .with_db(move |c| {
            let extension: String = media::table
                .filter(media::hash.eq(&hash))
                .select(media::extension)
                .first(c)
                .unwrap();
            format!("/media/{hash}.{extension}")
        })
        .await;

    let now = parlour::clock::now();
    let soon = app
        .with_db(move |c| parlour::jobs::forget_abandoned_uploads(c, now).unwrap())
        .await;
    assert_eq!(soon, 0, "the form may still be sent again today");
    let tomorrow = now + chrono::Duration::hours(25);
    let later = app
        .with_db(move |c| parlour::jobs::forget_abandoned_uploads(c, tomorrow).unwrap())
        .await;
    assert_eq!(later, 1, "only the abandoned upload goes");
    assert_eq!(
        app.browser().get(&left_url).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(app.browser().get(&kept).await.status, StatusCode::OK);
}

/// The `srcset` of the first image with `class`.
fn srcset(html: &str, class: &str) -> String {
    let img = &html[html.find(&format!("class=\"{class}\"")).expect("the image")..];
    let img = &img[..img.find('>').unwrap()];
    let start = img.find("srcset=\"").expect("a srcset") + "srcset=\"".len();
    img[start..start + img[start..].find('"').unwrap()].to_owned()
}

/// The width of the image at `url`, and its `Cache-Control`.
async fn fetched_width(app: &TestApp, url: &str) -> (u32, String) {
    let response = reqwest::get(format!("{}{url}", app.address)).await.unwrap();
    assert_eq!(response.status(), StatusCode::OK, "{url}");
    let cache = response.headers()["cache-control"]
        .to_str()
        .unwrap()
        .to_owned();
    let bytes = response.bytes().await.unwrap();
    (image::load_from_memory(&bytes).unwrap().width(), cache)
}

async fn pages_offer_each_image_in_the_sizes_made_at_upload(backend: Backend) {
    let app = TestApp::spawn_with(backend, |s| s.body_limit = 12 * 1024 * 1024).await;
    let author = app.signed_in_as("eleanor", &[Role::Staff]).await;
    upload_cover(&author, photo(2000, 1000), "wide.jpg").await;
    let article = app.browser().get("/blog/cover-test").await.body;
    let url = cover_url(&article);
    let base = url.trim_end_matches(".jpg");
    let expected =
        format!("{base}-160.jpg 160w, {base}-480.jpg 480w, {base}-800.jpg 800w, {url} 1600w");
    assert_eq!(srcset(&article, "cover"), expected);
    assert!(article.contains("sizes=\"(min-width: 46rem) 44rem, 100vw\""));
    // The list's card offers the same sizes, for a slot a third of the page wide.
    let list = app.browser().get("/blog").await.body;
    assert_eq!(srcset(&list, "card-cover"), expected);

    // Each copy is an image of its width, cached for a year like the original.
    for width in [160, 480, 800] {
        let (got, cache) = fetched_width(&app, &format!("{base}-{width}.jpg")).await;
        assert_eq!(got, width);
        assert_eq!(cache, "public, max-age=31536000, immutable");
    }
    // Only the sizes that are made have addresses.
    let client = reqwest::Client::new();
    for wrong in [
        format!("{base}-500.jpg"),
        format!("{base}-x.jpg"),
        format!("{base}-480.png"),
    ] {
        let status = client
            .get(format!("{}{wrong}", app.address))
            .send()
            .await
            .unwrap()
            .status();
        assert_eq!(status, StatusCode::NOT_FOUND, "{wrong}");
    }

    // An image stored before copies were made: its copies' addresses answer with the image
    // itself, not to be kept, until `parlour images` makes them.
    app.with_db(|conn| {
        use diesel::RunQueryDsl;
        diesel::delete(parlour::db::schema::media_sizes::table)
            .execute(conn)
            .unwrap()
    })
    .await;
    let (got, cache) = fetched_width(&app, &format!("{base}-480.jpg")).await;
    assert_eq!((got, cache.as_str()), (1600, "no-cache"));
    let made = app
        .with_db(|conn| parlour::images::make_missing_sizes(conn).unwrap())
        .await;
    assert_eq!(made.images, 1);
    assert_eq!(made.unreadable, 0);
    let (got, cache) = fetched_width(&app, &format!("{base}-480.jpg")).await;
    assert_eq!(
        (got, cache.as_str()),
        (480, "public, max-age=31536000, immutable")
    );
    // A second run finds nothing left to do.
    let again = app
        .with_db(|conn| parlour::images::make_missing_sizes(conn).unwrap())
        .await;
    assert_eq!(again.images, 0);
}

on_both_databases!(
    pages_offer_each_image_in_the_sizes_made_at_upload,
    a_cover_photo_loses_its_gps_and_every_other_metadata,
    uploads_that_are_not_good_images_are_refused_beside_the_field,
    images_are_cached_for_a_year_by_content,
    a_cover_survives_a_form_with_mistakes,
    a_replaced_cover_is_no_longer_kept_or_served,
    uploads_left_behind_by_a_form_are_deleted_after_a_day,
);
