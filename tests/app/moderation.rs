//! Moderation: the automatic checks on real posts, reports, the queue and every action on
//! it, restrictions, the policy settings, the audit log and the rate limits.

use diesel::prelude::*;
use parlour::db::schema::{flags, replies, users};
use parlour::domain::Role;
use reqwest::StatusCode;

use crate::helpers::{Backend, Browser, TestApp, text_of_id};
use crate::on_both_databases;

/// Comments on `article` as `who`; returns the response.
async fn comment(who: &Browser, article: &str, body: &str) -> crate::helpers::Page {
    who.submit(article, &format!("{article}/comments"), &[("body", body)])
        .await
}

/// A published article by a staff member, and that member.
async fn article(app: &TestApp) -> (Browser, String) {
    let staff = app.signed_in_as("amara", &[Role::Staff]).await;
    let path = staff
        .write_article("Caring for linen", "Wash cool, dry flat.", "now")
        .await;
    (staff, path)
}

/// The newest comment's id.
async fn last_comment(app: &TestApp) -> i64 {
    app.with_db(|c| {
        replies::table
            .select(replies::id)
            .order(replies::id.desc())
            .first(c)
            .unwrap()
    })
    .await
}

/// Acts on a post from the queue.
async fn act(
    moderator: &Browser,
    kind: &str,
    id: i64,
    fields: &[(&str, &str)],
) -> crate::helpers::Page {
    moderator
        .submit("/", &format!("/mod/{kind}/{id}"), fields)
        .await
}

async fn staff_leaks_are_held_and_the_author_told_exactly_what(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    app.set_policy("confidential_terms", "Project Kestrel\n鷹計画 🦅")
        .await;
    let (staff, path) = article(&app).await;
    let held = comment(
        &staff,
        &path,
        "Refunded to 4111 1111 1111 1111; it is part of project  KESTREL, ask j.smith@example.com or 020 7946 0958.",
    )
    .await;
    assert_eq!(held.status, StatusCode::OK);
    assert!(held.body.contains("waits for a moderator"), "{}", held.body);
    for tripped in [
        "card number: “a card number ending 1111”",
        "confidential term: “Project Kestrel”",
        "e-mail address: “j.smith@example.com”",
        "phone number: “020 7946 0958”",
    ] {
        assert!(held.body.contains(tripped), "{tripped}: {}", held.body);
    }
    assert!(
        !held.body.contains("4111 1111 1111 1111"),
        "the number is not repeated"
    );
    let reader = app.signed_in_as("tom", &[]).await;
    assert!(!reader.get(&path).await.body.contains("Refunded to"));

    // A term in another script, with an emoji, trips too; prices, order numbers and
    // card-like numbers that fail Luhn do not.
    let other_script = comment(&staff, &path, "これは鷹計画 🦅 の一部です").await;
    assert!(
        other_script.body.contains("鷹計画 🦅"),
        "{}",
        other_script.body
    );
    let ordinary = comment(
        &staff,
        &path,
        "Order #100234567 (ref 4000 1234 5678 9011) was £1,249.99, 3 for £60.",
    )
    .await;
    assert_eq!(ordinary.status, StatusCode::SEE_OTHER, "{}", ordinary.body);
    assert!(reader.get(&path).await.body.contains("Order #100234567"));

    // Customers' posts are not checked for leaks (it is their own data to share).
    let customer = comment(&reader, &path, "My number is 020 7946 0958").await;
    assert_eq!(customer.status, StatusCode::SEE_OTHER);

    // A leaking article is held before anyone reads it.
    let page = staff
        .submit_multipart(
            "/blog/new",
            "/blog/new",
            &[
                ("title", "Spring preview"),
                ("body", "Bluebird launches in March."),
                ("publish", "now"),
                ("intent", "save"),
            ],
            &[],
        )
        .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "no term yet: published");
    app.set_policy("confidential_terms", "Bluebird").await;
    let held_article = staff
        .submit_multipart(
            "/blog/new",
            "/blog/new",
            &[
                ("title", "Summer preview"),
                ("body", "The bluebird range arrives in June."),
                ("publish", "now"),
                ("intent", "save"),
            ],
            &[],
        )
        .await;
    assert_eq!(held_article.status, StatusCode::OK);
    assert!(held_article.body.contains("confidential term: “Bluebird”"));
    assert_eq!(
        app.browser().get("/blog/summer-preview").await.status,
        StatusCode::NOT_FOUND
    );
    assert!(
        !app.browser()
            .get("/blog")
            .await
            .body
            .contains("Summer preview")
    );
    assert_eq!(
        staff.get("/blog/summer-preview").await.status,
        StatusCode::OK
    );
}

async fn crude_negative_and_spammy_posts_are_flagged_or_held(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (_, path) = article(&app).await;
    let tom = app.signed_in_as("tom", &[]).await;

    let severe = comment(&tom, &path, "You are a fucking bastard").await;
    assert_eq!(severe.status, StatusCode::OK, "held");
    assert!(severe.body.contains("Crude or abusive language"));

    let negative = comment(
        &tom,
        &path,
        "Worst service ever. Terrible, useless and rude. I hate it and I am furious.",
    )
    .await;
    assert_eq!(
        negative.status,
        StatusCode::SEE_OTHER,
        "negativity is never held"
    );
    assert!(tom.get(&path).await.body.contains("Worst service ever"));

    let links = "See https://a.example https://b.example https://c.example https://d.example";
    let spam = comment(&tom, &path, links).await;
    assert_eq!(spam.status, StatusCode::OK);
    assert!(spam.body.contains("4 links"));

    let polite = comment(
        &tom,
        &path,
        "Lovely article, thank you! Linen is my favourite.",
    )
    .await;
    assert_eq!(polite.status, StatusCode::SEE_OTHER);

    let moderator = app.signed_in_as("priya", &[Role::Moderator]).await;
    let queue = moderator.get("/mod").await.body;
    assert!(queue.contains("Crude or abusive language"));
    assert!(queue.contains("Strongly negative"));
    assert!(queue.contains("Possible spam"));
    assert!(
        !queue.contains("Linen is my favourite"),
        "ordinary posts stay out"
    );
    let negative_only = moderator.get("/mod?rule=negative").await.body;
    assert!(negative_only.contains("Worst service ever"));
    assert!(!negative_only.contains("d.example"));
    // Other scripts and emoji post like any text.
    let other = comment(&tom, &path, "とても良い記事でした 👍🏽").await;
    assert_eq!(other.status, StatusCode::SEE_OTHER);
}

async fn new_members_first_posts_wait_until_approved_and_trusted_members_skip(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    app.set_policy("new_member_posts", "1").await;
    let (_, path) = article(&app).await;
    let newcomer = app.signed_in_as("newcomer", &[]).await;
    let first = comment(&newcomer, &path, "Hello, first post here.").await;
    assert_eq!(first.status, StatusCode::OK);
    assert!(first.body.contains("first posts wait"));
    assert!(
        !app.browser()
            .get(&path)
            .await
            .body
            .contains("first post here")
    );

    let moderator = app.signed_in_as("priya", &[Role::Moderator]).await;
    let id = last_comment(&app).await;
    let trusted = act(&moderator, "comment", id, &[("action", "trust")]).await;
    assert_eq!(trusted.status, StatusCode::SEE_OTHER, "{}", trusted.body);
    assert!(
        app.browser()
            .get(&path)
            .await
            .body
            .contains("first post here")
    );
    let is_trusted: bool = app
        .with_db(|c| {
            users::table
                .filter(users::username.eq("newcomer"))
                .select(users::trusted)
                .first(c)
                .unwrap()
        })
        .await;
    assert!(is_trusted);
    let audit = moderator.get("/mod/audit?action=member.trust").await.body;
    assert!(audit.contains("<td>newcomer</td>"), "{audit}");
    let second = comment(&newcomer, &path, "And a second one.").await;
    assert_eq!(second.status, StatusCode::SEE_OTHER, "trusted: no hold");
}

async fn reports_reach_the_queue_once_per_member(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (_, path) = article(&app).await;
    let tom = app.signed_in_as("tom", &[]).await;
    comment(&tom, &path, "Linen creases, deal with it.").await;
    let id = last_comment(&app).await;
    let sam = app.signed_in_as("sam_k", &[]).await;
    let form = format!("/report?kind=comment&id={id}");

    let empty = sam
        .submit(
            &form,
            "/report",
            &[
                ("kind", "comment"),
                ("id", &id.to_string()),
                ("reason", " "),
            ],
        )
        .await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text_of_id(&empty.body, "reason-error").is_some());

    let fields = [
        ("kind", "comment"),
        ("id", &id.to_string()),
        ("reason", "Rude to other members"),
    ];
    let sent = sam.submit(&form, "/report", &fields).await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
    let again = sam.submit(&form, "/report", &fields).await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    assert!(again.body.contains("reported this post already"));

    // Two reports sent at once by one member still count once.
    let oliver = app.signed_in_as("oliver-j", &[]).await;
    let token = oliver.csrf_token(&form).await;
    let id_text = id.to_string();
    let fields = [
        ("csrf_token", token.as_str()),
        ("kind", "comment"),
        ("id", id_text.as_str()),
        ("reason", "Unkind"),
    ];
    let send = || oliver.post_raw("/report", &fields);
    let (a, b) = tokio::join!(send(), send());
    let mut statuses = [a.status, b.status];
    statuses.sort();
    assert_eq!(statuses, [StatusCode::SEE_OTHER, StatusCode::CONFLICT]);
    let reports: i64 = app
        .with_db(move |c| {
            flags::table
                .filter(flags::subject_id.eq(id))
                .filter(flags::rule.eq("report"))
                .count()
                .get_result(c)
                .unwrap()
        })
        .await;
    assert_eq!(reports, 2, "one per member");

    let missing = sam
        .submit(
            &form,
            "/report",
            &[("kind", "comment"), ("id", "999999"), ("reason", "x")],
        )
        .await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    let token = tom.csrf_token(&path).await;
    let mut own_fields = vec![("csrf_token", token.as_str())];
    own_fields.extend_from_slice(&fields);
    let own = tom.post_raw("/report", &own_fields).await;
    assert_eq!(own.status, StatusCode::BAD_REQUEST);

    let moderator = app.signed_in_as("priya", &[Role::Moderator]).await;
    let queue = moderator.get("/mod").await.body;
    assert!(queue.contains("Reported by a member</strong> by sam_k: Rude to other members"));
    assert!(queue.contains("Reported by a member</strong> by oliver-j: Unkind"));
}

async fn every_queue_action_works_once_and_is_logged(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (_, path) = article(&app).await;
    let tom = app.signed_in_as("tom", &[]).await;
    let sam = app.signed_in_as("sam_k", &[]).await;
    let moderator = app.signed_in_as("priya", &[Role::Moderator]).await;
    let other_moderator = app.signed_in_as("quinn", &[Role::Moderator]).await;

    // Approve a held post; a second moderator acting on it too is told, and nothing
    // happens twice.
    comment(&tom, &path, "You are a fucking bastard").await;
    let held = last_comment(&app).await;
    let member_try = act(&sam, "comment", held, &[("action", "approve")]).await;
    assert_eq!(member_try.status, StatusCode::FORBIDDEN);
    let first = act(&moderator, "comment", held, &[("action", "approve")]).await;
    assert_eq!(first.status, StatusCode::SEE_OTHER);
    let second = act(&other_moderator, "comment", held, &[("action", "hide")]).await;
    assert_eq!(second.status, StatusCode::CONFLICT);
    assert!(
        second
            .body
            .contains("Another moderator has dealt with this post already")
    );
    assert!(
        app.browser().get(&path).await.body.contains("fucking"),
        "approved, not hidden"
    );

    // Edit before approving: the text is replaced and the original kept.
    comment(&tom, &path, "Call me a twat again and see").await;
    let edited = last_comment(&app).await;
    let form = format!("/mod/comment/{edited}/edit");
    let page = moderator.get(&form).await;
    assert!(page.body.contains("Call me a twat again"));
    let empty = moderator.submit(&form, &form, &[("body", "  ")]).await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    let saved = moderator
        .submit(
            &form,
            &form,
            &[("body", "[removed by a moderator]"), ("reason", "insult")],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    let (body, original): (String, Option<String>) = app
        .with_db(move |c| {
            let body = replies::table
                .find(edited)
                .select(replies::body_md)
                .first(c)
                .unwrap();
            let original = flags::table
                .filter(flags::subject_id.eq(edited))
                .filter(flags::subject_kind.eq("comment"))
                .select(flags::original_md)
                .first(c)
                .unwrap();
            (body, original)
        })
        .await;
    assert_eq!(body, "[removed by a moderator]");
    assert_eq!(original.as_deref(), Some("Call me a twat again and see"));

    // Reject with a reason: hidden (kept), the author told why.
    comment(&tom, &path, "Shitty shop, shitty staff").await;
    let rejected = last_comment(&app).await;
    act(
        &moderator,
        "comment",
        rejected,
        &[("action", "reject"), ("reason", "Please keep it civil")],
    )
    .await;
    assert!(!app.browser().get(&path).await.body.contains("Shitty shop"));
    assert!(
        tom.get("/notifications")
            .await
            .body
            .contains("A moderator rejected your comment: Please keep it civil")
    );
    let kept: i64 = app
        .with_db(move |c| replies::table.find(rejected).count().get_result(c).unwrap())
        .await;
    assert_eq!(kept, 1, "hidden content stays in the database");

    // Hide a reported, visible post.
    comment(&sam, &path, "Meh.").await;
    let reported = last_comment(&app).await;
    tom.submit(
        &format!("/report?kind=comment&id={reported}"),
        "/report",
        &[
            ("kind", "comment"),
            ("id", &reported.to_string()),
            ("reason", "Pointless"),
        ],
    )
    .await;
    // One click, the reason added afterwards: logged, and sent to the author.
    let hidden = act(&moderator, "comment", reported, &[("action", "hide")]).await;
    let queue = hidden.location().unwrap().to_owned();
    assert!(
        queue.contains(&format!("done=comment-{reported}-hide")),
        "{queue}"
    );
    let offer = moderator.get(&queue).await.body;
    assert!(
        offer.contains(&format!("You hid comment #{reported}")),
        "{offer}"
    );
    let added = moderator
        .submit(
            &queue,
            &format!("/mod/comment/{reported}/reason"),
            &[("action", "hide"), ("reason", "Not adding anything")],
        )
        .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER);
    assert!(
        sam.get("/notifications")
            .await
            .body
            .contains("Not adding anything")
    );
    let comments = app.browser().get(&path).await.body;
    assert!(!comments.contains("Meh."));

    let audit = moderator.get("/mod/audit?action=mod.").await.body;
    for action in [
        "mod.approve",
        "mod.edit",
        "mod.reject",
        "mod.hide",
        "mod.reason",
    ] {
        assert!(audit.contains(&format!("<td>{action}</td>")), "{action}");
    }
}

async fn silenced_and_suspended_members_read_but_cannot_post(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (staff, path) = article(&app).await;
    let moderator = app.signed_in_as("priya", &[Role::Moderator]).await;
    let tom = app.signed_in_as("tom", &[]).await;
    let sam = app.signed_in_as("sam_k", &[]).await;

    comment(&tom, &path, "You are a fucking bastard").await;
    let tom_post = last_comment(&app).await;
    let bad_days = act(
        &moderator,
        "comment",
        tom_post,
        &[("action", "suspend"), ("days", "0")],
    )
    .await;
    assert_eq!(bad_days.status, StatusCode::BAD_REQUEST);
    act(
        &moderator,
        "comment",
        tom_post,
        &[("action", "suspend"), ("days", "7"), ("reason", "Abuse")],
    )
    .await;
    let page = tom.get(&path).await;
    assert_eq!(page.status, StatusCode::OK, "suspended members still read");
    assert!(page.body.contains("Your account is suspended"));
    assert!(page.body.contains("Abuse"));
    let refused = comment(&tom, &path, "Let me back in").await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert!(refused.body.contains("until"), "{}", refused.body);
    let idea = tom.get("/ideas/new").await;
    assert_eq!(idea.status, StatusCode::FORBIDDEN);

    comment(&sam, &path, "Shitty staff, all of them").await;
    let sam_post = last_comment(&app).await;
    act(
        &moderator,
        "comment",
        sam_post,
        &[("action", "silence"), ("days", "3")],
    )
    .await;
    assert_eq!(
        comment(&sam, &path, "Still here").await.status,
        StatusCode::FORBIDDEN
    );
    // Silenced members may still vote; suspended ones may not.
    let idea_path = {
        let page = moderator
            .submit_multipart(
                "/ideas/new",
                "/ideas/new",
                &[("title", "Linen trousers in short lengths")],
                &[],
            )
            .await;
        page.location()
            .unwrap()
            .split('?')
            .next()
            .unwrap()
            .to_owned()
    };
    let sam_vote = sam
        .submit(&idea_path, &format!("{idea_path}/vote"), &[("vote", "up")])
        .await;
    assert_eq!(sam_vote.status, StatusCode::SEE_OTHER);
    let tom_vote = tom
        .submit(&idea_path, &format!("{idea_path}/vote"), &[("vote", "up")])
        .await;
    assert_eq!(tom_vote.status, StatusCode::FORBIDDEN);

    // Staff cannot be restricted from the queue.
    comment(&staff, &path, "Shitty weather for linen").await;
    let staff_post = last_comment(&app).await;
    let refused = act(
        &moderator,
        "comment",
        staff_post,
        &[("action", "suspend"), ("days", "3")],
    )
    .await;
    assert_eq!(refused.status, StatusCode::BAD_REQUEST);

    let audit = moderator.get("/mod/audit?action=member.").await.body;
    assert!(audit.contains("<td>member.suspend</td>"));
    assert!(audit.contains("<td>member.silence</td>"));
}

async fn admins_set_the_policy_and_every_change_is_logged(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (shirts, shirts_slug) = app.create_area("Shirts").await;
    let admin = app.signed_in_as("root", &[Role::Admin]).await;
    let tom = app.signed_in_as("tom", &[]).await;
    assert_eq!(tom.get("/admin/policy").await.status, StatusCode::FORBIDDEN);

    let bad = admin
        .submit(
            "/admin/policy",
            "/admin/policy",
            &[
                ("negativity", "7"),
                ("max_links", "0"),
                ("new_member_posts", "0"),
                ("terms", "Kestrel\nbad\u{7}term"),
            ],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text_of_id(&bad.body, "negativity-error").is_some());
    assert!(text_of_id(&bad.body, "max_links-error").is_some());
    assert!(text_of_id(&bad.body, "terms-error").is_some());
    assert!(bad.body.contains("Kestrel"), "what was typed is kept");

    let (_, shoes_slug) = app.create_area("Shoes").await;
    let area_field = format!("area_{shirts}");
    let ask = |title: &'static str, area: String| {
        let tom = &tom;
        async move {
            tom.submit_multipart(
                "/experts/ask",
                "/experts/ask",
                &[
                    ("title", title),
                    ("details", "Thanks."),
                    ("area", &area),
                    ("intent", "post"),
                ],
                &[],
            )
            .await
        }
    };
    // First only the Shirts area waits for review.
    let area_only = admin
        .submit(
            "/admin/policy",
            "/admin/policy",
            &[
                (area_field.as_str(), "on"),
                ("negativity", "0.5"),
                ("max_links", "3"),
                ("new_member_posts", "0"),
                ("terms", ""),
            ],
        )
        .await;
    assert_eq!(
        area_only.status,
        StatusCode::SEE_OTHER,
        "{}",
        area_only.body
    );
    let in_shirts = ask("Which shirt for a tweed jacket?", shirts_slug.clone()).await;
    assert_eq!(
        in_shirts.status,
        StatusCode::OK,
        "held in the premoderated area"
    );
    let in_shoes = ask("Which shoes for a tweed jacket?", shoes_slug.clone()).await;
    assert_eq!(
        in_shoes.status,
        StatusCode::SEE_OTHER,
        "published elsewhere"
    );
    // Approved from the queue, the held question goes public and its asker is told.
    let held_id: i64 = app
        .with_db(|c| {
            flags::table
                .filter(flags::subject_kind.eq("question"))
                .select(flags::subject_id)
                .first(c)
                .unwrap()
        })
        .await;
    let moderator = app.signed_in_as("priya", &[Role::Moderator]).await;
    assert!(
        !app.browser()
            .get("/experts")
            .await
            .body
            .contains("shirt for a tweed")
    );
    act(&moderator, "question", held_id, &[("action", "approve")]).await;
    assert!(
        app.browser()
            .get("/experts")
            .await
            .body
            .contains("shirt for a tweed")
    );
    assert!(
        tom.get("/notifications")
            .await
            .body
            .contains("A moderator approved your question")
    );

    let saved = admin
        .submit(
            "/admin/policy",
            "/admin/policy",
            &[
                ("premod_question_members", "on"),
                (area_field.as_str(), "on"),
                ("negativity", "0.7"),
                ("max_links", "5"),
                ("new_member_posts", "0"),
                ("terms", "Kestrel\n  C++  \nkestrel"),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let page = admin.get("/admin/policy").await.body;
    assert!(page.contains("Kestrel\nC++</textarea>"), "cleaned: {page}");

    // Customers' questions now wait in every area.
    let asked = ask("Which collar for a wide knot?", shoes_slug.clone()).await;
    assert_eq!(asked.status, StatusCode::OK);
    assert!(asked.body.contains("questions wait for a moderator"));
    assert!(
        !app.browser()
            .get("/experts")
            .await
            .body
            .contains("wide knot")
    );

    let audit = admin.get("/mod/audit?action=setting.change").await.body;
    for setting in [
        "premoderation",
        "premoderated_areas",
        "negativity_threshold",
        "max_links",
        "confidential_terms",
    ] {
        assert!(audit.contains(&format!("<td>{setting}</td>")), "{setting}");
    }
}

async fn the_audit_log_filters_and_exports_csv(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app.signed_in_as("root", &[Role::Admin]).await;
    let tom_id = app.create_member("tom", &[]).await;
    admin
        .submit(
            "/admin/members",
            &format!("/admin/members/{tom_id}/roles"),
            &[
                ("role", "expert"),
                ("action", "grant"),
                ("reason", "Knows \"shoes\", really"),
            ],
        )
        .await;
    let filtered = admin.get("/mod/audit?actor=root&action=role").await.body;
    assert!(
        filtered.contains("Knows &#34;shoes&#34;, really")
            || filtered.contains("Knows &quot;shoes&quot;, really")
    );
    let none = admin.get("/mod/audit?actor=nobody").await.body;
    assert!(none.contains("No logged actions match"));

    let csv = admin.get("/mod/audit.csv?actor=root").await;
    assert_eq!(csv.status, StatusCode::OK);
    assert!(
        csv.headers["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/csv")
    );
    let mut lines = csv.body.lines();
    assert_eq!(
        lines.next(),
        Some("time_utc,actor,action,subject,details,reason")
    );
    let row = lines.next().unwrap();
    assert!(
        row.contains("\"root\"") && row.contains("\"Knows \"\"shoes\"\", really\""),
        "{row}"
    );
    let tom = app.signed_in_as("tom2", &[]).await;
    assert_eq!(
        tom.get("/mod/audit.csv").await.status,
        StatusCode::FORBIDDEN
    );
}

async fn rate_limits_are_shared_across_app_processes(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let sibling = app.sibling().await;
    let (_, path) = article(&app).await;
    // Twenty reports an hour: spread over two processes, the twenty-first is refused.
    let tom = app.signed_in_as("tom", &[]).await;
    let mut ids = Vec::new();
    for n in 0..21 {
        comment(&tom, &path, &format!("Comment number {n} on linen")).await;
        ids.push(last_comment(&app).await);
    }
    let sam = app.signed_in_as("sam_k", &[]).await;
    let sam_elsewhere = sibling.browser();
    sam_elsewhere
        .sign_in("sam_k", crate::helpers::PASSWORD)
        .await;
    for (n, id) in ids.iter().enumerate() {
        let who = if n % 2 == 0 { &sam } else { &sam_elsewhere };
        let form = format!("/report?kind=comment&id={id}");
        let sent = who
            .submit(
                &form,
                "/report",
                &[
                    ("kind", "comment"),
                    ("id", &id.to_string()),
                    ("reason", "Too many"),
                ],
            )
            .await;
        if n < 20 {
            assert_eq!(sent.status, StatusCode::SEE_OTHER, "report {n}");
        } else {
            assert_eq!(sent.status, StatusCode::TOO_MANY_REQUESTS);
            assert!(sent.body.contains("many reports in the last hour"));
        }
    }
}

async fn very_long_posts_are_refused_with_the_text_kept(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (_, path) = article(&app).await;
    let tom = app.signed_in_as("tom", &[]).await;
    let longest = "é".repeat(10_000);
    assert_eq!(
        comment(&tom, &path, &longest).await.status,
        StatusCode::SEE_OTHER
    );
    let too_long = format!("{longest}!");
    let refused = comment(&tom, &path, &too_long).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains(&too_long));
}

async fn hidden_posts_leave_every_list_and_stale_pages_cannot_act(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let moderator = app.signed_in_as("priya", &[Role::Moderator]).await;
    let idea = moderator
        .submit_multipart(
            "/ideas/new",
            "/ideas/new",
            &[("title", "Tweed caps in children's sizes")],
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
    let idea_id: i64 = idea_path.rsplit('/').next().unwrap().parse().unwrap();
    let tom = app.signed_in_as("tom", &[]).await;
    let report = |who: &'static str, reason: &'static str| {
        let app = &app;
        async move {
            let browser = app.signed_in_as(who, &[]).await;
            browser
                .submit(
                    &format!("/report?kind=idea&id={idea_id}"),
                    "/report",
                    &[
                        ("kind", "idea"),
                        ("id", &idea_id.to_string()),
                        ("reason", reason),
                    ],
                )
                .await
        }
    };
    assert_eq!(
        report("sam_k", "Off topic").await.status,
        StatusCode::SEE_OTHER
    );
    let queue = moderator.get("/mod").await.body;
    let seen = queue
        .split("name=\"seen\" value=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap()
        .to_owned();
    // A report arrives after the moderator's page was drawn: acting on it is refused.
    assert_eq!(
        report("oliver-j", "Spam").await.status,
        StatusCode::SEE_OTHER
    );
    let stale = act(
        &moderator,
        "idea",
        idea_id,
        &[("action", "approve"), ("seen", &seen)],
    )
    .await;
    assert_eq!(stale.status, StatusCode::CONFLICT);
    assert!(stale.body.contains("changed or was reported again"));

    let hidden = act(&moderator, "idea", idea_id, &[("action", "hide")]).await;
    assert_eq!(hidden.status, StatusCode::SEE_OTHER);
    for page in ["/ideas", "/"] {
        let body = tom.get(page).await.body;
        assert!(!body.contains("Tweed caps"), "{page} shows a hidden idea");
    }
    assert_eq!(tom.get(&idea_path).await.status, StatusCode::NOT_FOUND);

    // A hidden comment cannot be found by its number either.
    let (_, path) = article(&app).await;
    comment(&tom, &path, "Shitty linen").await;
    let id = last_comment(&app).await;
    act(&moderator, "comment", id, &[("action", "hide")]).await;
    assert_eq!(
        app.browser().get(&format!("/comments/{id}")).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        moderator.get(&format!("/comments/{id}")).await.status,
        StatusCode::SEE_OTHER
    );
}

async fn held_questions_are_left_out_of_the_list_and_its_page_count(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (area, _) = app.create_area("Shirts").await;
    let asker = app.create_member("tom", &[]).await;
    // Twenty visible questions fill one page; a held twenty-first must not open a second.
    app.with_db(move |c| {
        for n in 0..21 {
            let title = format!("Question number {n} about shirts");
            let new = parlour::db::models::questions::NewQuestion {
                slug: "question",
                asker_id: asker,
                area_id: area,
                title: &title,
                body_md: "",
                body_html: "",
                image_id: None,
                image_alt: "",
                visibility: if n == 20 { "held" } else { "visible" },
            };
            parlour::db::models::questions::create(c, &new, chrono::Utc::now().naive_utc())
                .unwrap();
        }
    })
    .await;
    let list = app.browser().get("/experts").await.body;
    assert!(
        !list.contains("Question number 20 "),
        "the held one is not listed"
    );
    assert!(!list.contains("Page 1 of 2"), "nor counted");
    app.with_db(|c| {
        diesel::update(parlour::db::schema::questions::table)
            .set(parlour::db::schema::questions::visibility.eq("visible"))
            .execute(c)
            .unwrap()
    })
    .await;
    assert!(
        app.browser()
            .get("/experts")
            .await
            .body
            .contains("Page 1 of 2")
    );
}

on_both_databases!(
    held_questions_are_left_out_of_the_list_and_its_page_count,
    hidden_posts_leave_every_list_and_stale_pages_cannot_act,
    staff_leaks_are_held_and_the_author_told_exactly_what,
    crude_negative_and_spammy_posts_are_flagged_or_held,
    new_members_first_posts_wait_until_approved_and_trusted_members_skip,
    reports_reach_the_queue_once_per_member,
    every_queue_action_works_once_and_is_logged,
    silenced_and_suspended_members_read_but_cannot_post,
    admins_set_the_policy_and_every_change_is_logged,
    the_audit_log_filters_and_exports_csv,
    rate_limits_are_shared_across_app_processes,
    very_long_posts_are_refused_with_the_text_kept,
);
