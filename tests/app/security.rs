//! The holes a security review found, each shown closed on both databases.

use diesel::prelude::*;
use parlour::db::schema::{media, users};
use parlour::domain::Role;
use reqwest::StatusCode;

use crate::helpers::{Backend, PASSWORD, TestApp, text_of_id};
use crate::on_both_databases;

/// Nobody can take the name or address a deleted account will get, so deleting an
/// account never fails on someone else's data.
async fn deleted_accounts_names_cannot_be_taken_and_deletion_never_fails(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let tom = app.signed_in_as("tom", &[]).await;
    let tom_id: i64 = app
        .with_db(|c| {
            users::table
                .filter(users::username.eq("tom"))
                .select(users::id)
                .first(c)
                .unwrap()
        })
        .await;
    let squatter = app.browser();
    let name = format!("former-member-{tom_id}");
    let taken = squatter
        .sign_up(&name, "squat@example.com", "plum-harbour-violet-91")
        .await;
    assert_eq!(taken.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        text_of_id(&taken.body, "username-error").is_some(),
        "{}",
        taken.body
    );
    assert!(taken.body.contains(&name), "what was typed is kept");
    let address = format!("{name}@deleted.invalid");
    let invalid = squatter
        .sign_up("squatter", &address, "plum-harbour-violet-91")
        .await;
    assert_eq!(invalid.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text_of_id(&invalid.body, "email-error").is_some());

    let deleted = tom.delete_account(PASSWORD).await;
    assert_eq!(deleted.status, StatusCode::SEE_OTHER, "{}", deleted.body);
    let names: Vec<String> = app
        .with_db(|c| users::table.select(users::username).load(c).unwrap())
        .await;
    assert!(names.contains(&name), "{names:?}");
}

/// A draft held for a leak is listed for its author and moderators, not other staff.
async fn a_held_draft_is_listed_for_its_author_and_moderators_only(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let amara = app.signed_in_as("amara", &[Role::Staff]).await;
    let held = amara
        .submit_multipart(
            "/blog/new",
            "/blog/new",
            &[
                ("title", "Refund for Mrs Osei"),
                ("body", "Refunded to her card 4111 1111 1111 1111 today."),
                ("publish", "draft"),
                ("intent", "save"),
            ],
            &[],
        )
        .await;
    assert!(held.body.contains("waits for a moderator"), "{}", held.body);
    let eleanor = app.signed_in_as("eleanor", &[Role::Staff]).await;
    assert!(!eleanor.get("/blog").await.body.contains("Mrs Osei"));
    assert!(amara.get("/blog").await.body.contains("Mrs Osei"));
    let priya = app.signed_in_as("priya", &[Role::Moderator]).await;
    assert!(priya.get("/blog").await.body.contains("Mrs Osei"));
}

/// An old slug's redirect does not tell a visitor where a held article went.
async fn old_slugs_do_not_reveal_a_held_article(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let author = app.signed_in_as("eleanor", &[Role::Staff]).await;
    author
        .write_article("Care for cashmere", "Wash cool.", "now")
        .await;
    let renamed = author
        .submit_multipart(
            "/blog/care-for-cashmere/edit",
            "/blog/care-for-cashmere/edit",
            &[
                ("title", "Cashmere refunds for Mrs Osei"),
                ("body", "Ring her on 020 7946 0958."),
                ("publish", "now"),
                ("intent", "save"),
            ],
            &[],
        )
        .await;
    assert!(
        renamed.body.contains("waits for a moderator"),
        "{}",
        renamed.body
    );
    let visitor = app.browser();
    let old = visitor.get("/blog/care-for-cashmere").await;
    assert_eq!(old.status, StatusCode::NOT_FOUND);
    assert!(old.location().is_none());
    let own = author.get("/blog/care-for-cashmere").await;
    assert_eq!(
        own.status,
        StatusCode::MOVED_PERMANENTLY,
        "its author may follow it"
    );
}

/// Links without a scheme count against the link limit like any other.
async fn protocol_relative_links_count_against_the_link_limit(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let staff = app.signed_in_as("amara", &[Role::Staff]).await;
    let path = staff
        .write_article("Linen week", "Cool and crisp.", "now")
        .await;
    let tom = app.signed_in_as("tom", &[]).await;
    let body = "Cheap: [a](//a.example) [b](//b.example) [c](//c.example) [d](//d.example)";
    let page = tom
        .submit(&path, &format!("{path}/comments"), &[("body", body)])
        .await;
    assert_eq!(page.status, StatusCode::OK, "the held page");
    assert!(page.body.contains("4 links"), "{}", page.body);
}

/// Suspension means read only: not even the profile changes.
async fn suspended_members_cannot_change_their_profile(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let tom = app.signed_in_as("tom", &[]).await;
    app.with_db(|c| {
        diesel::update(users::table.filter(users::username.eq("tom")))
            .set((
                users::restriction.eq("suspended"),
                users::restricted_until.eq(Some(
                    chrono::Utc::now().naive_utc() + chrono::Duration::days(3),
                )),
            ))
            .execute(c)
            .unwrap()
    })
    .await;
    let page = tom
        .submit_multipart(
            "/account",
            "/account/profile",
            &[("bio", "Buy cheap watches")],
            &[],
        )
        .await;
    assert_eq!(page.status, StatusCode::FORBIDDEN, "{}", page.body);
    let bio: String = app
        .with_db(|c| {
            users::table
                .filter(users::username.eq("tom"))
                .select(users::bio)
                .first(c)
                .unwrap()
        })
        .await;
    assert_eq!(bio, "");
}

/// A merge never gives an author a vote on their own idea.
async fn merging_never_gives_an_author_a_vote_for_their_own_idea(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let moderator = app.signed_in_as("priya", &[Role::Moderator]).await;
    let tom = app.signed_in_as("tom", &[]).await;
    let original = crate::ideas::share(&tom, "Half sizes for collars please").await;
    let duplicate = crate::ideas::share(&moderator, "Collars in half sizes").await;
    crate::ideas::set_status(&moderator, &original, "new", "").await;
    tom.submit(&duplicate, &format!("{duplicate}/vote"), &[("vote", "up")])
        .await;
    let target = original.rsplit('/').next().unwrap().to_owned();
    let merged = moderator
        .submit(
            &duplicate,
            &format!("{duplicate}/merge"),
            &[("into", &target)],
        )
        .await;
    assert_eq!(merged.status, StatusCode::SEE_OTHER, "{}", merged.body);
    let (count, rows) = crate::ideas::votes_of(&app, target.parse().unwrap()).await;
    assert_eq!((count, rows), (0, 0));
}

/// Pages holding a member's own data are never stored by any cache.
async fn personal_pages_are_never_stored(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let tom = app.signed_in_as("tom", &[]).await;
    for path in ["/account", "/notifications"] {
        let page = tom.get(path).await;
        assert_eq!(page.status, StatusCode::OK, "{path}");
        assert_eq!(cache_control(&page), Some("no-store"), "{path}");
    }
    let public = tom.get("/blog").await;
    assert_eq!(cache_control(&public), Some("private, no-cache"));
}

fn cache_control(page: &crate::helpers::Page) -> Option<&str> {
    page.headers
        .get("cache-control")
        .and_then(|v| v.to_str().ok())
}

/// A small PNG of one colour.
fn png(shade: u8) -> Vec<u8> {
    let mut bytes = Vec::new();
    image::RgbImage::from_pixel(40, 40, image::Rgb([shade, 60, 90]))
        .write_to(
            &mut std::io::Cursor::new(&mut bytes),
            image::ImageFormat::Png,
        )
        .unwrap();
    bytes
}

/// The address of `username`'s picture.
async fn avatar_of(app: &TestApp, username: &'static str) -> String {
    app.with_db(move |c| {
        let (hash, extension): (String, String) = users::table
            .inner_join(media::table.on(users::avatar_id.eq(media::id.nullable())))
            .filter(users::username.eq(username))
            .select((media::hash, media::extension))
            .first(c)
            .unwrap();
        format!("/media/{hash}.{extension}")
    })
    .await
}

/// A replaced picture, and a deleted member's, are no longer stored or served.
async fn replaced_and_deleted_members_pictures_are_not_kept(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let tom = app.signed_in_as("tom", &[]).await;
    let upload = |shade: u8| {
        let tom = &tom;
        async move {
            tom.submit_multipart(
                "/account",
                "/account/profile",
                &[("bio", "")],
                &[("avatar", "me.png", png(shade))],
            )
            .await
        }
    };
    assert_eq!(upload(10).await.status, StatusCode::SEE_OTHER);
    let first = avatar_of(&app, "tom").await;
    assert_eq!(app.browser().get(&first).await.status, StatusCode::OK);
    assert_eq!(upload(200).await.status, StatusCode::SEE_OTHER);
    let second = avatar_of(&app, "tom").await;
    assert_ne!(first, second);
    assert_eq!(
        app.browser().get(&first).await.status,
        StatusCode::NOT_FOUND
    );
    let deleted = tom.delete_account(PASSWORD).await;
    assert_eq!(deleted.status, StatusCode::SEE_OTHER);
    assert_eq!(
        app.browser().get(&second).await.status,
        StatusCode::NOT_FOUND
    );
}

/// Uploads and the deletion form's password checks count against hourly limits.
async fn uploads_and_password_checks_are_limited(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let tom = app.signed_in_as("tom", &[]).await;
    for n in 0..5 {
        let wrong = tom.delete_account("a guess").await;
        assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY, "guess {n}");
    }
    let sixth = tom.delete_account(PASSWORD).await;
    assert_eq!(sixth.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(
        tom.get("/account").await.status == StatusCode::OK,
        "not deleted"
    );

    let sam = app.signed_in_as("sam", &[]).await;
    let picture = png(30);
    for n in 0..30 {
        let page = sam
            .submit_multipart(
                "/account",
                "/account/profile",
                &[("bio", "")],
                &[("avatar", "me.png", picture.clone())],
            )
            .await;
        assert_eq!(page.status, StatusCode::SEE_OTHER, "upload {n}");
    }
    let over = sam
        .submit_multipart(
            "/account",
            "/account/profile",
            &[("bio", "")],
            &[("avatar", "me.png", picture)],
        )
        .await;
    assert_eq!(over.status, StatusCode::TOO_MANY_REQUESTS);
}

/// Accepting answers back and forth is limited: each change tells two people.
async fn accepting_answers_back_and_forth_is_limited(backend: Backend) {
    use crate::experts::{answer, ask, expert, newest_answer};
    let app = TestApp::spawn(backend).await;
    let (area_id, area) = app.create_area("Shirts").await;
    let tom = app.signed_in_as("tom", &[]).await;
    let path = ask(&tom, "Which collar suits a round face?", &area).await;
    let eleanor = expert(&app, "eleanor", area_id).await;
    answer(&eleanor, &path, "A cutaway collar.").await;
    let first = newest_answer(&app).await;
    let marcus = expert(&app, "marcus", area_id).await;
    answer(&marcus, &path, "A spread collar.").await;
    let second = newest_answer(&app).await;
    let accept = |id: i64| {
        let (tom, path) = (&tom, &path);
        async move {
            tom.submit(path, &format!("/experts/answers/{id}/accept"), &[])
                .await
        }
    };
    for n in 0..20 {
        let id = if n % 2 == 0 { first } else { second };
        assert_eq!(accept(id).await.status, StatusCode::SEE_OTHER, "accept {n}");
    }
    assert_eq!(accept(first).await.status, StatusCode::TOO_MANY_REQUESTS);
}

/// Wrong passwords from one address pause sign-in there, not for the account's owner
/// elsewhere.
async fn guessing_a_password_cannot_lock_its_owner_out(backend: Backend) {
    let app = TestApp::spawn_with(backend, |s| s.trust_proxy = true).await;
    app.create_member("tom", &[]).await;
    let attacker = app.browser_at("203.0.113.9");
    for n in 0..5 {
        let guess = attacker.sign_in("tom", "wrong-guess-number-1").await;
        assert_eq!(guess.status, StatusCode::UNPROCESSABLE_ENTITY, "guess {n}");
    }
    let paused = attacker.sign_in("tom", "wrong-guess-number-1").await;
    assert_eq!(paused.status, StatusCode::TOO_MANY_REQUESTS);
    let owner = app.browser_at("198.51.100.7");
    assert_eq!(
        owner.sign_in("tom", PASSWORD).await.status,
        StatusCode::SEE_OTHER
    );
    let still = attacker.sign_in("tom", PASSWORD).await;
    assert_eq!(
        still.status,
        StatusCode::TOO_MANY_REQUESTS,
        "the guesser stays paused"
    );
}

/// One address cannot open accounts by the dozen; other addresses are not affected.
async fn sign_ups_from_one_address_are_limited(backend: Backend) {
    let app = TestApp::spawn_with(backend, |s| {
        s.trust_proxy = true;
        s.login_limits.signups_per_address = 2;
    })
    .await;
    let password = "plum-harbour-violet-91";
    for name in ["alpha1", "alpha2"] {
        let page = app
            .browser_at("203.0.113.9")
            .sign_up(name, &format!("{name}@example.com"), password)
            .await;
        assert_eq!(page.status, StatusCode::OK, "{name}");
    }
    let third = app
        .browser_at("203.0.113.9")
        .sign_up("alpha3", "alpha3@example.com", password)
        .await;
    assert_eq!(third.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(text_of_id(&third.body, "username-error").is_some());
    assert!(
        third.body.contains("alpha3@example.com"),
        "what was typed is kept"
    );
    let elsewhere = app
        .browser_at("198.51.100.7")
        .sign_up("bravo1", "bravo1@example.com", password)
        .await;
    assert_eq!(elsewhere.status, StatusCode::OK);
}

/// The session token a visitor's cookie names is one this site issued, or it is replaced.
async fn a_planted_session_token_is_replaced(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let get_with = |token: String| {
        let (client, url) = (&client, app.browser().url("/login"));
        async move {
            client
                .get(url)
                .header("cookie", format!("parlour_session={token}"))
                .send()
                .await
                .unwrap()
        }
    };
    let set_cookie = |response: &reqwest::Response| {
        response
            .headers()
            .get("set-cookie")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("parlour_session="))
            .and_then(|v| v.split(';').next())
            .map(str::to_owned)
    };
    let planted = "ab".repeat(32);
    let response = get_with(planted.clone()).await;
    let issued = set_cookie(&response).expect("a new token replaces the planted one");
    assert_ne!(issued, planted);
    let again = get_with(issued).await;
    assert_eq!(set_cookie(&again), None, "an issued token is kept");
}

/// Behind HTTPS the session cookie carries the `__Host-` prefix, so that browsers keep it
/// to this host, secure, for the whole site.
async fn behind_https_the_session_cookie_is_host_only(backend: Backend) {
    let app = TestApp::spawn_with(backend, |s| s.secure_cookies = true).await;
    let page = app.browser().get("/login").await;
    let cookie = page
        .headers
        .get("set-cookie")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    assert!(cookie.starts_with("__Host-parlour_session="), "{cookie}");
    assert!(
        cookie.contains("Secure") && cookie.contains("Path=/"),
        "{cookie}"
    );
    assert!(!cookie.contains("Domain"), "{cookie}");
}

/// An avatar accepts fewer pixels than a post's picture: it is shown small, and decoding
/// costs four bytes a pixel.
async fn avatars_accept_fewer_pixels_than_pictures(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let mut big = Vec::new();
    image::RgbImage::from_pixel(4000, 3500, image::Rgb([20, 40, 60]))
        .write_to(&mut std::io::Cursor::new(&mut big), image::ImageFormat::Png)
        .unwrap();
    let tom = app.signed_in_as("tom", &[]).await;
    let refused = tom
        .submit_multipart(
            "/account",
            "/account/profile",
            &[("bio", "Shirts, mostly.")],
            &[("avatar", "me.png", big.clone())],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        text_of_id(&refused.body, "avatar-error").is_some(),
        "{}",
        refused.body
    );
    assert!(
        refused.body.contains("Shirts, mostly."),
        "what was typed is kept"
    );
    let idea = tom
        .submit_multipart(
            "/ideas/new",
            "/ideas/new",
            &[
                ("title", "Show the shirts in daylight"),
                ("body", "Like this photo."),
                ("image_alt", "A shirt in daylight"),
            ],
            &[("image", "big.png", big)],
        )
        .await;
    assert_eq!(idea.status, StatusCode::SEE_OTHER, "{}", idea.body);
}

/// Staff are not held as spammers for linking: the link limit is for members.
async fn staff_articles_with_many_links_are_not_held_as_spam(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let staff = app.signed_in_as("amara", &[Role::Staff]).await;
    let body = "Read [one](https://a.example), [two](https://b.example), \
                [three](https://c.example), [four](https://d.example) and [five](/experts).";
    let path = staff.write_article("Five links", body, "now").await;
    let reader = app.browser().get(&path).await;
    assert_eq!(reader.status, StatusCode::OK, "public at once");
    let tom = app.signed_in_as("tom", &[]).await;
    let held = tom
        .submit(&path, &format!("{path}/comments"), &[("body", body)])
        .await;
    assert!(
        held.body.contains("links"),
        "a member's comment still is: {}",
        held.body
    );
}

on_both_databases!(
    deleted_accounts_names_cannot_be_taken_and_deletion_never_fails,
    a_held_draft_is_listed_for_its_author_and_moderators_only,
    old_slugs_do_not_reveal_a_held_article,
    protocol_relative_links_count_against_the_link_limit,
    suspended_members_cannot_change_their_profile,
    merging_never_gives_an_author_a_vote_for_their_own_idea,
    personal_pages_are_never_stored,
    replaced_and_deleted_members_pictures_are_not_kept,
    uploads_and_password_checks_are_limited,
    accepting_answers_back_and_forth_is_limited,
    guessing_a_password_cannot_lock_its_owner_out,
    sign_ups_from_one_address_are_limited,
    a_planted_session_token_is_replaced,
    behind_https_the_session_cookie_is_host_only,
    avatars_accept_fewer_pixels_than_pictures,
    staff_articles_with_many_links_are_not_held_as_spam,
);
