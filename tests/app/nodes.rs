//! Several app processes on one database, as behind a load balancer with no sticky
//! sessions: a session, its CSRF token and the hourly limits are the same on every node,
//! because each lives in the database or is derived from a key kept there. (That the page
//! cache agrees across nodes is shown in `page_cache.rs`.)

use reqwest::StatusCode;

use crate::experts::{ask, id_in};
use crate::helpers::{Backend, Browser, TestApp};
use crate::on_both_databases;

/// The same browser (the same cookies), talking to `node`.
pub fn through(browser: &Browser, node: &TestApp) -> Browser {
    Browser {
        base: node.address.clone(),
        client: browser.client.clone(),
    }
}

/// Signed in through one node, a member is known to the other; a form made by one is
/// accepted by the other and a forged token refused there; and the hourly limit counts
/// posts made through both.
async fn sessions_tokens_and_limits_agree_across_nodes(backend: Backend) {
    let a = TestApp::spawn(backend).await;
    let b = a.sibling().await;
    let (_, area) = a.create_area("Shirts").await;
    let on_a = a.signed_in_as("tom", &[]).await;
    let on_b = through(&on_a, &b);
    assert!(
        on_b.get("/account").await.body.contains("tom"),
        "the session made on one node is known to the other"
    );

    let question = ask(&on_a, "Which collar for a knitted tie?", &area).await;
    let token = on_a.csrf_token(&question).await;
    let follow = format!("/experts/questions/{}/follow", id_in(&question));
    let forged = on_b
        .post_raw(
            &follow,
            &[
                ("csrf_token", "f".repeat(token.len()).as_str()),
                ("follow", "yes"),
            ],
        )
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    let followed = on_b
        .post_raw(
            &follow,
            &[("csrf_token", token.as_str()), ("follow", "yes")],
        )
        .await;
    assert_eq!(followed.status, StatusCode::SEE_OTHER, "{}", followed.body);

    // Twenty posts an hour (the first question counted): nineteen more, through each node
    // in turn, then the next is refused by either.
    for i in 2..=20 {
        let via = if i % 2 == 0 { &on_b } else { &on_a };
        ask(via, &format!("Question number {i} about cuffs"), &area).await;
    }
    for via in [&on_a, &on_b] {
        let refused = via
            .submit_multipart(
                "/experts/ask",
                "/experts/ask",
                &[
                    ("title", "One question too many about cuffs"),
                    ("details", "Some details."),
                    ("area", area.as_str()),
                    ("intent", "post"),
                ],
                &[],
            )
            .await;
        assert_eq!(
            refused.status,
            StatusCode::TOO_MANY_REQUESTS,
            "{}",
            via.base
        );
    }
}

on_both_databases!(sessions_tokens_and_limits_agree_across_nodes);
