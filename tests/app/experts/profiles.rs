//! Expert profiles: a bio and a picture, shown on the team page.

use reqwest::StatusCode;

use super::expert;
use crate::helpers::{Backend, TestApp, text_of_id};
use crate::on_both_databases;

async fn experts_show_their_profile_on_the_team_page(backend: Backend) {
    let app = TestApp::spawn_with(backend, |s| s.body_limit = 4 * 1024 * 1024).await;
    let (suits, _) = app.create_area("Suits").await;
    let marcus = expert(&app, "marcus", suits).await;
    let mut photo = Vec::new();
    image::RgbImage::from_pixel(120, 120, image::Rgb([40, 60, 90]))
        .write_to(
            &mut std::io::Cursor::new(&mut photo),
            image::ImageFormat::Png,
        )
        .unwrap();

    let too_long = "x".repeat(501);
    let refused = marcus
        .submit_multipart(
            "/account",
            "/account/profile",
            &[("bio", &too_long)],
            &[("avatar", "me.png", photo)],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        text_of_id(&refused.body, "bio-error")
            .unwrap()
            .contains("under 500")
    );
    let marker = "name=\"avatar_hash\" value=\"";
    let start = refused
        .body
        .find(marker)
        .expect("the uploaded picture is carried")
        + marker.len();
    let hash = refused.body[start..start + 32].to_owned();
    let saved = marcus
        .submit_multipart(
            "/account",
            "/account/profile",
            &[("bio", "Tailor for twenty years."), ("avatar_hash", &hash)],
            &[],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);

    let team = app.browser().get("/experts/team").await;
    assert!(team.body.contains("Tailor for twenty years."));
    assert!(team.body.contains("class=\"avatar\" src=\"/media/"));
    assert!(team.body.contains("Suits"));
}

on_both_databases!(experts_show_their_profile_on_the_team_page);
