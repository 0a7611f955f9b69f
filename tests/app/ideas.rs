//! The ideas board: posting under pre-moderation, review, statuses with history, votes.

use diesel::prelude::*;
use parlour::db::schema::{idea_votes, ideas};
use parlour::domain::Role;
use reqwest::StatusCode;

use crate::helpers::{Backend, Browser, TestApp, text_of_id};
use crate::on_both_databases;

async fn share(browser: &Browser, title: &str) -> String {
    share_with(
        browser,
        &[("title", title), ("body", "Because **reasons**.")],
        &[],
    )
    .await
}

/// Posts the idea form with `fields` and `files`; returns the new idea's path.
async fn share_with(
    browser: &Browser,
    fields: &[(&str, &str)],
    files: &[(&str, &str, Vec<u8>)],
) -> String {
    let page = browser
        .submit_multipart("/ideas/new", "/ideas/new", fields, files)
        .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    page.location()
        .unwrap()
        .split('?')
        .next()
        .unwrap()
        .to_owned()
}

async fn set_status(
    moderator: &Browser,
    path: &str,
    status: &str,
    note: &str,
) -> crate::helpers::Page {
    moderator
        .submit(
            path,
            &format!("{path}/status"),
            &[("status", status), ("note", note)],
        )
        .await
}

async fn new_ideas_wait_for_review_and_only_author_and_moderators_see_them(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let tom = app.signed_in_as("tom", &[]).await;
    let path = share(&tom, "Offer shirts in half collar sizes").await;

    let moderator = app.signed_in_as("priya", &[Role::Moderator]).await;
    let sam = app.signed_in_as("sam_k", &[]).await;
    assert!(tom.get(&path).await.body.contains("Waiting for review"));
    assert_eq!(moderator.get(&path).await.status, StatusCode::OK);
    assert_eq!(sam.get(&path).await.status, StatusCode::NOT_FOUND);
    assert_eq!(app.browser().get(&path).await.status, StatusCode::NOT_FOUND);
    assert!(
        !app.browser()
            .get("/ideas")
            .await
            .body
            .contains("half collar sizes")
    );
    assert!(
        tom.get("/ideas")
            .await
            .body
            .contains("Your ideas waiting for review")
    );
    let queue = moderator.get("/ideas/review").await;
    assert!(queue.body.contains("Offer shirts in half collar sizes"));
    assert_eq!(sam.get("/ideas/review").await.status, StatusCode::FORBIDDEN);

    let approved = set_status(&moderator, &path, "new", "Great idea, on the board.").await;
    assert_eq!(approved.status, StatusCode::SEE_OTHER);
    let board = app.browser().get("/ideas").await;
    assert!(board.body.contains("Offer shirts in half collar sizes"));
    assert!(
        tom.get("/notifications")
            .await
            .body
            .contains("Your idea is on the board")
    );
    let log = moderator.get("/mod/audit").await.body;
    assert!(log.contains("idea.approve"));
}

async fn a_declined_idea_tells_its_author_why_and_stays_off_the_board(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let tom = app.signed_in_as("tom", &[]).await;
    let path = share(&tom, "Sell second-hand suits in store").await;
    let moderator = app.signed_in_as("priya", &[Role::Moderator]).await;

    set_status(
        &moderator,
        &path,
        "declined",
        "We cannot guarantee the quality of used garments.",
    )
    .await;

    let page = tom.get(&path).await;
    assert!(page.body.contains("Not accepted for the board"));
    assert!(
        page.body
            .contains("We cannot guarantee the quality of used garments.")
    );
    assert_eq!(app.browser().get(&path).await.status, StatusCode::NOT_FOUND);
    assert!(
        !app.browser()
            .get("/ideas")
            .await
            .body
            .contains("second-hand suits")
    );
}

async fn every_status_change_is_shown_with_its_note_and_closed_ideas_stay_closed(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let tom = app.signed_in_as("tom", &[]).await;
    let path = share(&tom, "Free tailoring for loyalty members").await;
    let moderator = app.signed_in_as("priya", &[Role::Moderator]).await;
    set_status(&moderator, &path, "new", "").await;
    for (status, note) in [
        ("under-review", "Looking at costs."),
        ("planned", "Coming in spring."),
        ("in-progress", ""),
        ("done", "Live in all shops."),
    ] {
        assert_eq!(
            set_status(&moderator, &path, status, note).await.status,
            StatusCode::SEE_OTHER,
            "{status}"
        );
    }

    let page = app.browser().get(&path).await;
    for text in [
        "Under review",
        "Looking at costs.",
        "Planned",
        "Coming in spring.",
        "In progress",
        "Live in all shops.",
    ] {
        assert!(page.body.contains(text), "{text}");
    }
    assert!(page.body.contains("idea-done"));
    assert!(
        page.body.find("Looking at costs.").unwrap()
            < page.body.find("Live in all shops.").unwrap()
    );

    let reopened = set_status(&moderator, &path, "planned", "").await;
    assert_eq!(reopened.status, StatusCode::BAD_REQUEST);
    assert!(
        reopened
            .body
            .contains("done, declined and merged ideas stay")
    );
    let duplicate = share(&tom, "Another idea to mark as duplicate").await;
    set_status(&moderator, &duplicate, "new", "").await;
    assert_eq!(
        set_status(&moderator, &duplicate, "duplicate", "")
            .await
            .status,
        StatusCode::BAD_REQUEST
    );
    assert_eq!(
        set_status(&moderator, &duplicate, "sideways", "")
            .await
            .status,
        StatusCode::BAD_REQUEST
    );
    let status: String = app
        .with_db(|c| {
            ideas::table
                .order(ideas::id.asc())
                .select(ideas::status)
                .first(c)
                .unwrap()
        })
        .await;
    assert_eq!(status, "done");
}

async fn members_cannot_change_a_status(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let tom = app.signed_in_as("tom", &[]).await;
    let path = share(&tom, "Open the shop on Sunday mornings").await;
    let response = set_status(&tom, &path, "new", "Approving myself").await;
    assert_eq!(response.status, StatusCode::FORBIDDEN);
    let approved: bool = app
        .with_db(|c| ideas::table.select(ideas::approved).first(c).unwrap())
        .await;
    assert!(!approved);
}

async fn votes_are_one_per_member_even_when_sent_at_once(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let tom = app.signed_in_as("tom", &[]).await;
    let path = share(&tom, "A loyalty card that lives in the app").await;
    let moderator = app.signed_in_as("priya", &[Role::Moderator]).await;
    let sam = app.signed_in_as("sam_k", &[]).await;

    // Before approval nobody else can even see it; its author cannot vote for it.
    assert_eq!(
        sam.submit("/ideas", &format!("{path}/vote"), &[("vote", "up")])
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    set_status(&moderator, &path, "new", "").await;
    let own = tom
        .submit(&path, &format!("{path}/vote"), &[("vote", "up")])
        .await;
    assert_eq!(own.status, StatusCode::FORBIDDEN);

    let token = sam.csrf_token(&path).await;
    let url = format!("{path}/vote");
    let fields = [("csrf_token", token.as_str()), ("vote", "up")];
    let responses =
        futures_util::future::join_all((0..8).map(|_| sam.post_raw(&url, &fields))).await;
    assert!(responses.iter().all(|r| r.status == StatusCode::SEE_OTHER));
    let counts = || async {
        app.with_db(|c| {
            let rows: i64 = idea_votes::table.count().get_result(c).unwrap();
            let count: i32 = ideas::table.select(ideas::vote_count).first(c).unwrap();
            (rows, count)
        })
        .await
    };
    assert_eq!(counts().await, (1, 1));
    assert!(sam.get(&path).await.body.contains("Withdraw my vote"));

    sam.submit(&path, &url, &[("vote", "withdraw")]).await;
    assert_eq!(counts().await, (0, 0));
    sam.submit(&path, &url, &[("vote", "withdraw")]).await;
    assert_eq!(counts().await, (0, 0), "withdrawing twice is a no-op");

    // Voters hear of status changes; a declined idea takes no new votes.
    sam.submit(&path, &url, &[("vote", "up")]).await;
    set_status(&moderator, &path, "declined", "Not this year.").await;
    assert!(
        sam.get("/notifications")
            .await
            .body
            .contains("is now declined")
    );
    let oliver = app.signed_in_as("oliver-j", &[]).await;
    let closed = oliver.submit(&path, &url, &[("vote", "up")]).await;
    assert_eq!(closed.status, StatusCode::FORBIDDEN);
    assert!(closed.body.contains("not open for votes"));
}

async fn the_board_sorts_by_votes_or_newest_and_filters_by_status(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let moderator = app.signed_in_as("priya", &[Role::Moderator]).await;
    // Moderators' ideas skip the review.
    let popular = share(&moderator, "Popular idea with many votes").await;
    share(&moderator, "Newest idea without votes").await;
    for name in ["tom", "sam_k", "oliver-j"] {
        let voter = app.signed_in_as(name, &[]).await;
        voter
            .submit(&popular, &format!("{popular}/vote"), &[("vote", "up")])
            .await;
    }
    set_status(&moderator, &popular, "planned", "").await;

    let visitor = app.browser();
    let top = visitor.get("/ideas").await.body;
    assert!(top.find("Popular idea").unwrap() < top.find("Newest idea").unwrap());
    let newest = visitor.get("/ideas?sort=new").await.body;
    assert!(newest.find("Newest idea").unwrap() < newest.find("Popular idea").unwrap());
    let planned = visitor.get("/ideas?status=planned").await.body;
    assert!(planned.contains("Popular idea") && !planned.contains("Newest idea"));
    assert!(planned.contains("class=\"status idea-planned\">Planned</span>"));
}

async fn bad_ideas_are_explained_and_kept(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let tom = app.signed_in_as("tom", &[]).await;
    let long = "x".repeat(151);
    for (title, message) in [
        ("", "Describe your idea"),
        ("Short", "at least 10"),
        (long.as_str(), "under 150"),
    ] {
        let page = tom
            .submit_multipart(
                "/ideas/new",
                "/ideas/new",
                &[("title", title), ("body", "kept body")],
                &[],
            )
            .await;
        assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            text_of_id(&page.body, "title-error")
                .unwrap()
                .contains(message),
            "{title}"
        );
        assert!(page.body.contains(">kept body</textarea>"));
    }
    let count: i64 = app
        .with_db(|c| ideas::table.count().get_result(c).unwrap())
        .await;
    assert_eq!(count, 0);
    assert_eq!(
        app.browser().get("/ideas/new").await.location(),
        Some("/login?next=/ideas/new")
    );
}

async fn merging_moves_votes_once_and_redirects(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let moderator = app.signed_in_as("priya", &[Role::Moderator]).await;
    let original = share(&moderator, "Half sizes for collars please").await;
    let duplicate = share(&moderator, "Collars in half sizes would be great").await;
    let (tom, sam, oliver) = (
        app.signed_in_as("tom", &[]).await,
        app.signed_in_as("sam_k", &[]).await,
        app.signed_in_as("oliver-j", &[]).await,
    );
    // tom votes for both, sam only for the original, oliver only for the duplicate.
    for (voter, idea) in [
        (&tom, &original),
        (&tom, &duplicate),
        (&sam, &original),
        (&oliver, &duplicate),
    ] {
        voter
            .submit(idea, &format!("{idea}/vote"), &[("vote", "up")])
            .await;
    }
    let target = original.rsplit('/').next().unwrap().to_owned();
    let source = duplicate.rsplit('/').next().unwrap().to_owned();

    let into_itself = moderator
        .submit(
            &duplicate,
            &format!("{duplicate}/merge"),
            &[("into", &source)],
        )
        .await;
    assert_eq!(into_itself.status, StatusCode::BAD_REQUEST);
    assert!(into_itself.body.contains("cannot be merged into itself"));
    let merged = moderator
        .submit(
            &duplicate,
            &format!("{duplicate}/merge"),
            &[("into", &target)],
        )
        .await;
    assert_eq!(merged.status, StatusCode::SEE_OTHER);

    let (count, rows): (i32, i64) = app
        .with_db(move |c| {
            let target: i64 = target.parse().unwrap();
            let count = ideas::table
                .find(target)
                .select(ideas::vote_count)
                .first(c)
                .unwrap();
            let rows = idea_votes::table
                .filter(idea_votes::idea_id.eq(target))
                .count()
                .get_result(c)
                .unwrap();
            (count, rows)
        })
        .await;
    assert_eq!(
        (count, rows),
        (3, 3),
        "tom counts once; sam and oliver once each"
    );
    let old = app.browser().get(&duplicate).await;
    assert_eq!(old.status, StatusCode::MOVED_PERMANENTLY);
    assert_eq!(old.location(), Some(original.as_str()));
    assert!(
        oliver
            .get("/notifications")
            .await
            .body
            .contains("was merged into")
    );
    // A merged idea cannot be merged again, nor be a merge target.
    let again = moderator
        .submit(
            &original,
            &format!("{duplicate}/merge"),
            &[("into", &source)],
        )
        .await;
    assert!(again.status == StatusCode::BAD_REQUEST || again.status == StatusCode::CONFLICT);
    let third = share(&moderator, "A third idea about collar sizes").await;
    let into_merged = moderator
        .submit(&third, &format!("{third}/merge"), &[("into", &source)])
        .await;
    assert_eq!(into_merged.status, StatusCode::BAD_REQUEST);
    assert!(
        moderator
            .get("/mod/audit")
            .await
            .body
            .contains("idea.merge")
    );
}

async fn not_for_me_hides_an_idea_from_my_board_only(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let moderator = app.signed_in_as("priya", &[Role::Moderator]).await;
    let path = share(&moderator, "Bring back the tweed range").await;
    let tom = app.signed_in_as("tom", &[]).await;

    tom.submit(&path, &format!("{path}/hide"), &[("hidden", "yes")])
        .await;

    assert!(
        !tom.get("/ideas")
            .await
            .body
            .contains("Bring back the tweed range")
    );
    assert!(
        app.browser()
            .get("/ideas")
            .await
            .body
            .contains("Bring back the tweed range")
    );
    assert!(
        tom.get(&path)
            .await
            .body
            .contains("Show it in my lists again")
    );
    tom.submit(&path, &format!("{path}/hide"), &[("hidden", "no")])
        .await;
    assert!(
        tom.get("/ideas")
            .await
            .body
            .contains("Bring back the tweed range")
    );
}

async fn trending_favours_recent_votes_and_moderators_see_the_numbers(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let moderator = app.signed_in_as("priya", &[Role::Moderator]).await;
    let old_favourite = share(&moderator, "Old favourite with many votes").await;
    let rising = share(&moderator, "Rising idea with a fresh vote").await;
    for name in ["tom", "sam_k", "oliver-j"] {
        let voter = app.signed_in_as(name, &[]).await;
        voter
            .submit(
                &old_favourite,
                &format!("{old_favourite}/vote"),
                &[("vote", "up")],
            )
            .await;
    }
    // The old favourite's votes are twelve days old, and the background job has re-weighed
    // them since.
    app.with_db(|c| {
        let now = chrono::Utc::now().naive_utc();
        diesel::update(idea_votes::table)
            .set(idea_votes::created_at.eq(now - chrono::Duration::days(12)))
            .execute(c)
            .unwrap();
        parlour::db::models::idea_lists::refresh_trending(c, now).unwrap()
    })
    .await;
    let fresh = app.signed_in_as("amir", &[]).await;
    fresh
        .submit(&rising, &format!("{rising}/vote"), &[("vote", "up")])
        .await;

    let visitor = app.browser();
    let top = visitor.get("/ideas").await.body;
    assert!(top.find("Old favourite").unwrap() < top.find("Rising idea").unwrap());
    let trending = visitor.get("/ideas?sort=trending").await.body;
    assert!(trending.find("Rising idea").unwrap() < trending.find("Old favourite").unwrap());

    let tom = app.signed_in_as("tom2", &[]).await;
    share(&tom, "An idea that still waits for review").await;
    let review = moderator.get("/ideas/review").await.body;
    assert!(
        review.contains("Ideas received this week</dt><dd>3</dd>"),
        "{review}"
    );
    assert!(review.contains("New: 2"));
    assert!(review.contains("Median time to a first response"));
}

async fn members_comment_on_approved_ideas(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let tom = app.signed_in_as("tom", &[]).await;
    let waiting = share(&tom, "An idea that still waits for review").await;
    let on_waiting = tom
        .submit(
            &waiting,
            &format!("{waiting}/comments"),
            &[("body", "Bump")],
        )
        .await;
    assert_eq!(
        on_waiting.status,
        StatusCode::NOT_FOUND,
        "no comments before review"
    );

    let moderator = app.signed_in_as("priya", &[Role::Moderator]).await;
    let path = share(&moderator, "Offer a made-to-measure service").await;
    let posted = tom
        .submit(
            &path,
            &format!("{path}/comments"),
            &[("body", "Yes, **please**!")],
        )
        .await;
    assert_eq!(posted.status, StatusCode::SEE_OTHER);
    let empty = tom
        .submit(&path, &format!("{path}/comments"), &[("body", "  ")])
        .await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        text_of_id(&empty.body, "comment-body-error")
            .unwrap()
            .contains("Write something")
    );
    let long = "y".repeat(10_001);
    let too_long = tom
        .submit(&path, &format!("{path}/comments"), &[("body", &long)])
        .await;
    assert_eq!(too_long.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        too_long.body.contains(&format!(">{long}</textarea>")),
        "text kept"
    );

    let page = app.browser().get(&path).await;
    assert!(page.body.contains("1 comment") && page.body.contains("<strong>please</strong>!"));
}

async fn similar_ideas_are_offered_with_a_one_click_vote(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let moderator = app.signed_in_as("priya", &[Role::Moderator]).await;
    let existing = share(&moderator, "Offer shirts in half collar sizes").await;
    share(&moderator, "Late opening on Thursdays").await;
    let tom = app.signed_in_as("tom", &[]).await;

    let check = tom
        .submit_multipart(
            "/ideas/new",
            "/ideas/new",
            &[
                ("title", "Half sizes for shirt collars"),
                ("body", "kept"),
                ("intent", "similar"),
            ],
            &[],
        )
        .await;
    assert_eq!(check.status, StatusCode::OK);
    let similar = text_of_id(&check.body, "similar-heading").unwrap();
    assert!(similar.contains("Similar ideas"));
    assert!(check.body.contains("Offer shirts in half collar sizes"));
    assert!(
        !check.body.contains("Late opening"),
        "unrelated idea left out"
    );
    assert!(check.body.contains(&format!("action=\"{existing}/vote\"")));
    assert!(check.body.contains("Vote for this instead"));
    assert!(
        check
            .body
            .contains("value=\"Half sizes for shirt collars\""),
        "title kept"
    );
    let nothing_posted: i64 = app
        .with_db(|c| ideas::table.count().get_result(c).unwrap())
        .await;
    assert_eq!(nothing_posted, 2, "checking posts nothing");

    // The one click: a vote for the existing idea, from the form page.
    let voted = tom
        .submit("/ideas/new", &format!("{existing}/vote"), &[("vote", "up")])
        .await;
    assert_eq!(voted.status, StatusCode::SEE_OTHER);
    assert_eq!(voted.location(), Some(existing.as_str()));
    assert!(tom.get(&existing).await.body.contains("1 vote"));
}

async fn followers_and_voters_hear_of_status_changes(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let moderator = app.signed_in_as("priya", &[Role::Moderator]).await;
    let path = share(&moderator, "Tailoring appointments online").await;
    let (follower, voter, quitter) = (
        app.signed_in_as("fiona", &[]).await,
        app.signed_in_as("victor", &[]).await,
        app.signed_in_as("quentin", &[]).await,
    );
    follower
        .submit(&path, &format!("{path}/follow"), &[("follow", "yes")])
        .await;
    assert!(follower.get(&path).await.body.contains("Stop following"));
    voter
        .submit(&path, &format!("{path}/vote"), &[("vote", "up")])
        .await;
    quitter
        .submit(&path, &format!("{path}/follow"), &[("follow", "yes")])
        .await;
    quitter
        .submit(&path, &format!("{path}/follow"), &[("follow", "no")])
        .await;

    set_status(&moderator, &path, "planned", "Spring.").await;

    for (who, told) in [(&follower, true), (&voter, true), (&quitter, false)] {
        let notes = who.get("/notifications").await.body;
        assert_eq!(notes.contains("is now planned"), told, "{notes}");
    }
}

async fn ideas_have_an_area_and_a_picture_and_the_board_filters_by_area(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (_, shirts) = app.create_area("Shirts & fit").await;
    let (_, shoes) = app.create_area("Shoes").await;
    let moderator = app.signed_in_as("priya", &[Role::Moderator]).await;
    let with_picture = share_with(
        &moderator,
        &[
            ("title", "Shirts with a spare collar"),
            ("body", "Like in the old days."),
            ("area", &shirts),
            ("image_alt", "A shirt with two collars"),
        ],
        &[("image", "collar.jpg", crate::media::photo(64, 48))],
    )
    .await;
    share_with(
        &moderator,
        &[("title", "Resoling while you wait"), ("area", &shoes)],
        &[],
    )
    .await;

    let page = app.browser().get(&with_picture).await.body;
    assert!(page.contains("alt=\"A shirt with two collars\""));
    assert!(page.contains("src=\"/media/"));
    assert!(page.contains(&format!("href=\"/ideas?area={shirts}\"")));

    let board = app
        .browser()
        .get(&format!("/ideas?area={shirts}"))
        .await
        .body;
    assert!(board.contains("Shirts with a spare collar"));
    assert!(!board.contains("Resoling while you wait"));
    let all = app.browser().get("/ideas").await.body;
    assert!(all.contains("Shirts with a spare collar") && all.contains("Resoling while you wait"));

    // A picture without a description is refused, and the picture is kept for the retry.
    let missing_alt = moderator
        .submit_multipart(
            "/ideas/new",
            "/ideas/new",
            &[("title", "Another idea with a picture")],
            &[("image", "p.jpg", crate::media::photo(32, 32))],
        )
        .await;
    assert_eq!(missing_alt.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text_of_id(&missing_alt.body, "image_alt-error").is_some());
    assert!(missing_alt.body.contains("name=\"image_hash\""));
}

async fn a_merged_ideas_comments_and_followers_move_with_it(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let moderator = app.signed_in_as("priya", &[Role::Moderator]).await;
    let original = share(&moderator, "Gift wrapping in the shops").await;
    let duplicate = share(&moderator, "Please wrap gifts at the till").await;
    let tom = app.signed_in_as("tom", &[]).await;
    tom.submit(
        &duplicate,
        &format!("{duplicate}/comments"),
        &[("body", "Brown paper and string!")],
    )
    .await;
    let target = original.rsplit('/').next().unwrap().to_owned();
    moderator
        .submit(
            &duplicate,
            &format!("{duplicate}/merge"),
            &[("into", &target)],
        )
        .await;
    let page = app.browser().get(&original).await.body;
    assert!(page.contains("Brown paper and string!"), "comment moved");
    assert!(
        tom.get(&original).await.body.contains("Stop following"),
        "the commenter follows the target now"
    );
    set_status(&moderator, &original, "planned", "").await;
    assert!(
        tom.get("/notifications")
            .await
            .body
            .contains("is now planned")
    );
}

async fn the_front_page_shows_wanted_ideas_except_those_not_for_me(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let moderator = app.signed_in_as("priya", &[Role::Moderator]).await;
    let path = share(&moderator, "Linen suits for summer weddings").await;
    let tom = app.signed_in_as("tom", &[]).await;
    assert!(
        tom.get("/")
            .await
            .body
            .contains("Linen suits for summer weddings")
    );
    tom.submit(&path, &format!("{path}/hide"), &[("hidden", "yes")])
        .await;
    assert!(
        !tom.get("/")
            .await
            .body
            .contains("Linen suits for summer weddings")
    );
    assert!(
        app.browser()
            .get("/")
            .await
            .body
            .contains("Linen suits for summer weddings")
    );
}

on_both_databases!(
    similar_ideas_are_offered_with_a_one_click_vote,
    followers_and_voters_hear_of_status_changes,
    ideas_have_an_area_and_a_picture_and_the_board_filters_by_area,
    a_merged_ideas_comments_and_followers_move_with_it,
    the_front_page_shows_wanted_ideas_except_those_not_for_me,
    members_comment_on_approved_ideas,
    trending_favours_recent_votes_and_moderators_see_the_numbers,
    merging_moves_votes_once_and_redirects,
    not_for_me_hides_an_idea_from_my_board_only,
    new_ideas_wait_for_review_and_only_author_and_moderators_see_them,
    a_declined_idea_tells_its_author_why_and_stays_off_the_board,
    every_status_change_is_shown_with_its_note_and_closed_ideas_stay_closed,
    members_cannot_change_a_status,
    votes_are_one_per_member_even_when_sent_at_once,
    the_board_sorts_by_votes_or_newest_and_filters_by_status,
    bad_ideas_are_explained_and_kept,
);
