//! Members' own data: the export holds everything about them; deleting the account removes
//! the personal data and takes their votes with it, and either keeps what they wrote for
//! others (as a former member) or removes it, keeping only what others' threads need.

use diesel::prelude::*;
use parlour::db::schema::{
    answers, audit_log, ideas, media, notifications, questions, replies, users,
};
use parlour::domain::Role;
use reqwest::StatusCode;

use crate::experts::{answer, ask, expert, newest_answer, vote_up};
use crate::helpers::{Backend, Browser, PASSWORD, Page, TestApp, text_of_id};
use crate::on_both_databases;

async fn members_export_their_data_and_delete_their_account(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (_, shirts) = app.create_area("Shirts").await;
    let moderator = app.signed_in_as("priya", &[Role::Moderator]).await;
    let idea = moderator
        .submit_multipart(
            "/ideas/new",
            "/ideas/new",
            &[("title", "Shirts with spare buttons sewn in")],
            &[],
        )
        .await;
    let idea_path = idea
        .location()
        .unwrap()
        .split('?')
        .next()
        .unwrap()
        .to_owned();
    let tom = app.signed_in_as("tom", &[]).await;
    tom.submit(&idea_path, &format!("{idea_path}/vote"), &[("vote", "up")])
        .await;
    let asked = tom
        .submit_multipart(
            "/experts/ask",
            "/experts/ask",
            &[
                ("title", "Which shirt for a tweed jacket?"),
                ("details", "Brown tweed."),
                ("area", &shirts),
                ("intent", "post"),
            ],
            &[],
        )
        .await;
    let question = asked
        .location()
        .unwrap()
        .split('?')
        .next()
        .unwrap()
        .to_owned();

    let export = tom.get("/account/export").await;
    assert_eq!(export.status, StatusCode::OK);
    assert!(
        export.headers["content-disposition"]
            .to_str()
            .unwrap()
            .contains("attachment")
    );
    let data: serde_json::Value = serde_json::from_str(&export.body).expect("JSON");
    assert_eq!(data["account"]["email"], "tom@example.com");
    assert_eq!(
        data["questions"][0]["title"],
        "Which shirt for a tweed jacket?"
    );
    assert_eq!(data["votes"]["ideas"].as_array().unwrap().len(), 1);
    assert!(
        !export.body.contains("priya@example.com"),
        "nobody else's data"
    );
    assert_eq!(
        app.browser().get("/account/export").await.status,
        StatusCode::SEE_OTHER,
        "visitors are sent to sign in"
    );

    let wrong = tom
        .submit(
            "/account",
            "/account/delete",
            &[("password", "not my password"), ("confirm", "yes")],
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text_of_id(&wrong.body, "delete_password-error").is_some());
    assert!(!wrong.body.contains("not my password"), "never echoed");
    let unconfirmed = tom
        .submit("/account", "/account/delete", &[("password", PASSWORD)])
        .await;
    assert_eq!(unconfirmed.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text_of_id(&unconfirmed.body, "confirm-error").is_some());
    assert_eq!(
        tom.get("/account").await.status,
        StatusCode::OK,
        "nothing changed"
    );

    let deleted = tom
        .submit(
            "/account",
            "/account/delete",
            &[("password", PASSWORD), ("confirm", "yes")],
        )
        .await;
    assert_eq!(deleted.status, StatusCode::SEE_OTHER);
    assert_eq!(
        tom.get("/account").await.status,
        StatusCode::SEE_OTHER,
        "signed out"
    );
    let again = app.browser().sign_in("tom", PASSWORD).await;
    assert_ne!(
        again.status,
        StatusCode::SEE_OTHER,
        "the account cannot sign in"
    );

    let page = app.browser().get(&question).await.body;
    assert!(
        page.contains("Which shirt for a tweed jacket?"),
        "the post stays"
    );
    assert!(page.contains("former-member-"));
    let (votes, emails): (i32, i64) = app
        .with_db(|c| {
            let votes = ideas::table.select(ideas::vote_count).first(c).unwrap();
            let emails = users::table
                .filter(users::email.eq("tom@example.com"))
                .count()
                .get_result(c)
                .unwrap();
            (votes, emails)
        })
        .await;
    assert_eq!((votes, emails), (0, 0), "the vote and the address are gone");
}

on_both_databases!(members_export_their_data_and_delete_their_account);

/// A signed-in member and their id.
async fn member(app: &TestApp, name: &str, roles: &[Role]) -> (Browser, i64) {
    let id = app.create_member(name, roles).await;
    let browser = app.browser();
    assert_eq!(
        browser.sign_in(name, PASSWORD).await.status,
        StatusCode::SEE_OTHER
    );
    (browser, id)
}

/// Deletes the signed-in member's account, choosing `posts` for their posts.
async fn delete_choosing(browser: &Browser, posts: &str) -> Page {
    browser
        .submit(
            "/account",
            "/account/delete",
            &[("password", PASSWORD), ("confirm", "yes"), ("posts", posts)],
        )
        .await
}

/// The `member.delete` entries of the audit log: (actor id, details).
async fn deletions_logged(app: &TestApp) -> Vec<(Option<i64>, String)> {
    app.with_db(|c| {
        audit_log::table
            .filter(audit_log::action.eq("member.delete"))
            .select((audit_log::actor_id, audit_log::details))
            .load(c)
            .unwrap()
    })
    .await
}

/// The newest comment's id.
async fn newest_comment(app: &TestApp) -> i64 {
    app.with_db(|c| {
        replies::table
            .select(replies::id)
            .order(replies::id.desc())
            .first(c)
            .unwrap()
    })
    .await
}

async fn keeping_posts_shows_them_as_by_a_former_member(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (_, shirts) = app.create_area("Shirts").await;
    let sam = app.signed_in_as("sam", &[]).await;
    let (tom, tom_id) = member(&app, "tom", &[]).await;
    let question = ask(&sam, "Which shirt goes with brown tweed?", &shirts).await;
    answer(&tom, &question, "A pale blue oxford cloth shirt.").await;
    let form = tom.get("/account").await.body;
    assert!(
        form.contains(r#"name="posts" value="keep" checked"#),
        "keeping is the checked default"
    );

    let deleted = delete_choosing(&tom, "keep").await;
    assert_eq!(deleted.status, StatusCode::SEE_OTHER);
    assert!(deleted.location().unwrap().contains("account-deleted"));

    let page = app.browser().get(&question).await.body;
    assert!(
        page.contains("A pale blue oxford cloth shirt."),
        "the answer stays"
    );
    assert!(page.contains(&format!("former-member-{tom_id}")));
    assert!(!page.contains("[removed by its author]"));
    let logged = deletions_logged(&app).await;
    assert_eq!(logged.len(), 1);
    assert_eq!(logged[0].0, Some(tom_id), "the entry keeps the member's id");
    assert!(logged[0].1.contains("kept"), "{}", logged[0].1);
}

async fn removing_posts_deletes_what_nobody_answered_and_keeps_threads_readable(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (shirts_id, shirts) = app.create_area("Shirts").await;
    let marcus = expert(&app, "marcus", shirts_id).await;
    let sam = app.signed_in_as("sam", &[]).await;
    let eleanor = app.signed_in_as("eleanor", &[Role::Staff]).await;
    let (tom, tom_id) = member(&app, "tom", &[]).await;

    let lonely = ask(&tom, "How do I press pleats in wool trousers?", &shirts).await;
    let answered = ask(&tom, "Which shirt goes with brown tweed?", &shirts).await;
    answer(&marcus, &answered, "A pale blue oxford.").await;
    let theirs = ask(&sam, "How long should a tie be, exactly?", &shirts).await;
    answer(&tom, &theirs, "Tip at the belt buckle.").await;
    let relied_on = newest_answer(&app).await;
    vote_up(&sam, &theirs, relied_on).await;
    sam.submit(
        &theirs,
        &format!("/experts/answers/{relied_on}/accept"),
        &[],
    )
    .await;
    answer(&tom, &theirs, "Measure it against your shirt.").await;
    let discussed = newest_answer(&app).await;
    let asked_back = sam
        .submit(
            &theirs,
            &format!("/experts/answers/{discussed}/comments"),
            &[("body", "Against which shirt?")],
        )
        .await;
    assert_eq!(asked_back.status, StatusCode::SEE_OTHER);

    let article = eleanor
        .write_article("Cufflinks 101", "Double cuffs need them.", "now")
        .await;
    let comments = format!("{article}/comments");
    tom.submit(&article, &comments, &[("body", "Do silk knots count?")])
        .await;
    let replied = newest_comment(&app).await.to_string();
    sam.submit(
        &article,
        &comments,
        &[("body", "They do, for evenings."), ("parent_id", &replied)],
    )
    .await;
    tom.submit(&article, &comments, &[("body", "Lovely photographs.")])
        .await;

    let deleted = delete_choosing(&tom, "remove").await;
    assert_eq!(deleted.status, StatusCode::SEE_OTHER, "{}", deleted.body);
    assert!(
        deleted
            .location()
            .unwrap()
            .contains("account-deleted-with-posts")
    );

    let visitor = app.browser();
    assert_eq!(visitor.get(&lonely).await.status, StatusCode::NOT_FOUND);
    let kept = visitor.get(&answered).await;
    assert_eq!(kept.status, StatusCode::OK);
    assert!(kept.body.contains("Which shirt goes with brown tweed?"));
    assert!(
        kept.body.contains("<strong>details</strong>"),
        "its text stays"
    );
    assert!(kept.body.contains(&format!("former-member-{tom_id}")));
    assert!(
        text_of_id(&kept.body, "author-deleted").is_some(),
        "with a note"
    );
    assert!(kept.body.contains("A pale blue oxford."));

    let thread = visitor.get(&theirs).await.body;
    assert!(!thread.contains("Tip at the belt buckle."));
    assert!(!thread.contains("Measure it against your shirt."));
    assert!(thread.contains("[removed by its author]"));
    assert!(
        thread.contains("Against which shirt?"),
        "others' comments stay"
    );
    let theirs_id: i64 = theirs
        .rsplit('/')
        .next()
        .unwrap()
        .split('-')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    let (counts, rows, told) = app
        .with_db(move |c| {
            let counts: (i32, i32, Option<i64>) = questions::table
                .find(theirs_id)
                .select((
                    questions::answer_count,
                    questions::vote_count,
                    questions::accepted_answer_id,
                ))
                .first(c)
                .unwrap();
            let rows: Vec<(i64, String, String)> = answers::table
                .filter(answers::author_id.eq(tom_id))
                .select((answers::id, answers::body_md, answers::body_html))
                .load(c)
                .unwrap();
            let told: i64 = notifications::table
                .filter(notifications::url.like(format!("%#answer-{relied_on}")))
                .count()
                .get_result(c)
                .unwrap();
            (counts, rows, told)
        })
        .await;
    assert_eq!(
        counts,
        (1, 0, None),
        "the deleted answer leaves the count, takes its vote and its acceptance"
    );
    assert_eq!(rows.len(), 1, "the answer nobody replied to is deleted");
    assert_eq!(rows[0].0, discussed);
    assert_eq!(rows[0].1, "[removed by its author]");
    assert!(rows[0].2.contains("[removed by its author]"));
    assert!(!rows[0].2.contains("Measure"));
    assert_eq!(told, 0, "notifications leading to a deleted answer go");

    let blog = visitor.get(&article).await.body;
    assert!(!blog.contains("Do silk knots count?"));
    assert!(
        !blog.contains("Lovely photographs."),
        "the unreplied comment is gone"
    );
    assert!(blog.contains("[removed by its author]"));
    assert!(blog.contains("They do, for evenings."));
    let comments_left: i64 = app
        .with_db(move |c| {
            replies::table
                .filter(replies::author_id.eq(tom_id))
                .count()
                .get_result(c)
                .unwrap()
        })
        .await;
    assert_eq!(comments_left, 1, "only the comment others replied to stays");

    let logged = deletions_logged(&app).await;
    assert_eq!(logged.len(), 1);
    assert_eq!(logged[0].0, Some(tom_id));
    assert!(logged[0].1.contains("removed"), "{}", logged[0].1);
}

/// The address of idea `id`'s picture.
async fn picture_of_idea(app: &TestApp, id: i64) -> String {
    app.with_db(move |c| {
        let (hash, extension): (String, String) = ideas::table
            .inner_join(media::table.on(ideas::image_id.eq(media::id.nullable())))
            .filter(ideas::id.eq(id))
            .select((media::hash, media::extension))
            .first(c)
            .unwrap();
        format!("/media/{hash}.{extension}")
    })
    .await
}

async fn avatar_of(app: &TestApp, id: i64) -> String {
    app.with_db(move |c| {
        let (hash, extension): (String, String) = users::table
            .inner_join(media::table.on(users::avatar_id.eq(media::id.nullable())))
            .filter(users::id.eq(id))
            .select((media::hash, media::extension))
            .first(c)
            .unwrap();
        format!("/media/{hash}.{extension}")
    })
    .await
}

/// Shares an idea with a picture; returns its id.
async fn share_with_picture(browser: &Browser, title: &str, picture: Vec<u8>) -> i64 {
    let page = browser
        .submit_multipart(
            "/ideas/new",
            "/ideas/new",
            &[
                ("title", title),
                ("body", "Because reasons."),
                ("image_alt", "A shirt"),
            ],
            &[("image", "shirt.jpg", picture)],
        )
        .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    let path = page.location().unwrap().split('?').next().unwrap();
    path.rsplit('/').next().unwrap().parse().unwrap()
}

async fn removing_posts_removes_unused_uploads_and_the_avatar(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let sam = app.signed_in_as("sam", &[]).await;
    let (tom, tom_id) = member(&app, "tom", &[]).await;
    let profile = tom
        .submit_multipart(
            "/account",
            "/account/profile",
            &[("bio", "Tailor.")],
            &[("avatar", "me.jpg", crate::media::photo(40, 40))],
        )
        .await;
    assert_eq!(profile.status, StatusCode::SEE_OTHER);
    let avatar = avatar_of(&app, tom_id).await;
    let ignored = share_with_picture(
        &tom,
        "Shirts with spare buttons",
        crate::media::photo(64, 48),
    )
    .await;
    let liked =
        share_with_picture(&tom, "Collars that stay flat", crate::media::photo(80, 60)).await;
    app.with_db(move |c| {
        diesel::update(ideas::table.filter(ideas::id.eq_any([ignored, liked])))
            .set(ideas::approved.eq(true))
            .execute(c)
            .unwrap()
    })
    .await;
    let liked_path = format!("/ideas/{liked}");
    let vote = sam
        .submit(
            &liked_path,
            &format!("{liked_path}/vote"),
            &[("vote", "up")],
        )
        .await;
    assert_eq!(vote.status, StatusCode::SEE_OTHER);
    let ignored_picture = picture_of_idea(&app, ignored).await;
    let liked_picture = picture_of_idea(&app, liked).await;
    let visitor = app.browser();
    for picture in [&avatar, &ignored_picture, &liked_picture] {
        assert_eq!(
            visitor.get(picture).await.status,
            StatusCode::OK,
            "{picture}"
        );
    }

    let deleted = delete_choosing(&tom, "remove").await;
    assert_eq!(deleted.status, StatusCode::SEE_OTHER, "{}", deleted.body);

    assert_eq!(
        visitor.get(&avatar).await.status,
        StatusCode::NOT_FOUND,
        "avatar"
    );
    assert_eq!(
        visitor.get(&format!("/ideas/{ignored}")).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        visitor.get(&ignored_picture).await.status,
        StatusCode::NOT_FOUND,
        "the deleted idea's picture"
    );
    let kept = visitor.get(&liked_path).await;
    assert_eq!(
        kept.status,
        StatusCode::OK,
        "an idea others voted for stays"
    );
    assert!(kept.body.contains(&format!("former-member-{tom_id}")));
    assert!(text_of_id(&kept.body, "author-deleted").is_some());
    assert_eq!(
        visitor.get(&liked_picture).await.status,
        StatusCode::OK,
        "a picture a kept post shows stays"
    );
    assert_eq!(crate::ideas::votes_of(&app, liked).await, (1, 1));
}

async fn an_unknown_choice_for_the_posts_is_refused_beside_the_field(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let tom = app.signed_in_as("tom", &[]).await;
    let refused = delete_choosing(&tom, "everything").await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        text_of_id(&refused.body, "posts-error")
            .unwrap()
            .contains("Choose whether your posts stay")
    );
    assert_eq!(
        tom.get("/account").await.status,
        StatusCode::OK,
        "not deleted"
    );
    assert!(deletions_logged(&app).await.is_empty());
}

async fn deleting_an_account_twice_at_once_deletes_it_once(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (shirts_id, shirts) = app.create_area("Shirts").await;
    let marcus = expert(&app, "marcus", shirts_id).await;
    let (tom, tom_id) = member(&app, "tom", &[]).await;
    for n in 0..3 {
        let question = ask(
            &tom,
            &format!("Which collar suits a round face, take {n}?"),
            &shirts,
        )
        .await;
        answer(&marcus, &question, "A point collar.").await;
    }
    ask(&tom, "Which cuff for a wristwatch?", &shirts).await;

    let token = tom.csrf_token("/account").await;
    let fields = [
        ("csrf_token", token.as_str()),
        ("password", PASSWORD),
        ("confirm", "yes"),
        ("posts", "remove"),
    ];
    let (first, second) = tokio::join!(
        tom.post_raw("/account/delete", &fields),
        tom.post_raw("/account/delete", &fields)
    );
    for page in [&first, &second] {
        assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    }
    let done = [&first, &second]
        .iter()
        .filter(|p| p.location().unwrap().contains("account-deleted"))
        .count();
    assert!(done >= 1, "one of them deleted the account");
    let logged = deletions_logged(&app).await;
    assert_eq!(logged.len(), 1, "deleted once: {logged:?}");
    assert_eq!(logged[0].0, Some(tom_id));
    let (asked, left): (i64, i64) = app
        .with_db(move |c| {
            let asked = questions::table
                .filter(questions::asker_id.eq(tom_id))
                .count()
                .get_result(c)
                .unwrap();
            let left = users::table
                .filter(users::email.eq("tom@example.com"))
                .count()
                .get_result(c)
                .unwrap();
            (asked, left)
        })
        .await;
    assert_eq!((asked, left), (3, 0), "the answered questions stay, once");
    assert_eq!(tom.get("/account").await.status, StatusCode::SEE_OTHER);
}

on_both_databases!(
    keeping_posts_shows_them_as_by_a_former_member,
    removing_posts_deletes_what_nobody_answered_and_keeps_threads_readable,
    removing_posts_removes_unused_uploads_and_the_avatar,
    an_unknown_choice_for_the_posts_is_refused_beside_the_field,
    deleting_an_account_twice_at_once_deletes_it_once,
);
