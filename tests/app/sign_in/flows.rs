//! The journeys that should work: joining with a provider, signing in again, linking an
//! existing account (only with its password), roles from the directory, passwords switched
//! off for staff, linking and unlinking from the account page, and signing out there too.

use parlour::db::models::{audit, identities, users};
use parlour::domain::Role;
use reqwest::StatusCode;

use super::{AtProvider, app_with_provider, change_account, sign_in_with, through_provider};
use crate::helpers::{Backend, PASSWORD};
use crate::on_both_databases;

async fn a_customer_joins_with_the_shop_account_signs_out_there_too_and_comes_back(
    backend: Backend,
) {
    let (app, _provider) = app_with_provider(backend, true).await;
    let browser = app.browser();
    let login = browser.get("/login").await;
    assert!(
        login
            .body
            .contains("Sign in with your Harlow &#38; Co account")
    );
    assert!(
        login.headers["content-security-policy"]
            .to_str()
            .unwrap()
            .contains(&format!("form-action 'self' {}", _provider.issuer)),
        "the page's forms may lead to the provider"
    );

    let (back, _) = sign_in_with(&browser, "shop", AtProvider::SignIn("tom")).await;
    assert_eq!(back.status, StatusCode::SEE_OTHER, "{}", back.body);
    assert_eq!(back.location(), Some("/auth/welcome"));
    let welcome = browser.get("/auth/welcome").await;
    assert!(welcome.body.contains("value=\"tom\""), "{}", welcome.body);
    assert!(
        welcome
            .body
            .contains("tom@example.com (confirmed by Harlow &#38; Co)")
    );
    let bad = browser
        .submit("/auth/welcome", "/auth/welcome", &[("username", "x")])
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("id=\"username-error\""), "{}", bad.body);
    let joined = browser
        .submit("/auth/welcome", "/auth/welcome", &[("username", "tom")])
        .await;
    assert_eq!(joined.status, StatusCode::SEE_OTHER, "{}", joined.body);
    let account = browser.get("/account/security").await;
    assert_eq!(account.status, StatusCode::OK);
    assert!(
        account
            .body
            .contains("Harlow &#38; Co <span class=\"muted\">(since")
    );
    let tom = app
        .with_db(|c| users::find_by_username(c, "tom").unwrap().unwrap())
        .await;
    assert!(
        tom.email_confirmed_at.is_some(),
        "the vouched address is taken"
    );
    assert_eq!(tom.email, "tom@example.com");

    // Signing out offers the provider's own sign-out.
    let out = browser.sign_out().await;
    assert_eq!(
        out.location(),
        Some("/signed-out?provider=shop&notice=signed-out")
    );
    let page = browser.get("/signed-out?provider=shop").await;
    let end_session = format!(
        "{}/session/end?client_id=parlour-shop&#38;post_logout_redirect_uri={}",
        _provider.issuer,
        urlencode(&format!("{}/", app.address))
    );
    assert!(page.body.contains(&end_session), "{}", page.body);
    assert!(browser.get("/account").await.status.is_redirection());

    // The provider remembers the person: the way back goes straight to the member.
    let (again, _) = sign_in_with(&browser, "shop", AtProvider::SignIn("tom")).await;
    assert_eq!(again.status, StatusCode::SEE_OTHER, "{}", again.body);
    assert_eq!(again.location(), Some("/?notice=signed-in"));
    assert!(browser.get("/account").await.body.contains("tom"));
}

fn urlencode(text: &str) -> String {
    serde_urlencoded::to_string([("x", text)]).unwrap()[2..].to_owned()
}

async fn an_existing_account_is_linked_only_with_its_password(backend: Backend) {
    let (app, _provider) = app_with_provider(backend, true).await;
    let tom_id = app.create_member("tom", &[]).await; // tom@example.com, confirmed
    let browser = app.browser();
    let (back, _) = sign_in_with(&browser, "shop", AtProvider::SignIn("tom")).await;
    assert_eq!(back.location(), Some("/auth/welcome"));
    let welcome = browser.get("/auth/welcome").await;
    assert!(
        welcome
            .body
            .contains("an account here already uses tom@example.com"),
        "{}",
        welcome.body
    );
    assert!(
        !welcome.body.contains("action=\"/auth/welcome\""),
        "no new member"
    );
    let refused = browser
        .submit("/auth/welcome", "/auth/welcome", &[("username", "tom2")])
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);

    let wrong = browser
        .submit(
            "/auth/welcome",
            "/auth/welcome/link",
            &[("login", "tom"), ("password", "not the password")],
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(wrong.body.contains("do not match an account"));
    assert!(
        wrong.body.contains("value=\"tom\""),
        "what was typed is kept"
    );
    assert!(!wrong.body.contains("not the password"));
    let links = app
        .with_db(move |c| identities::of_member(c, tom_id).unwrap())
        .await;
    assert!(links.is_empty(), "nothing linked by the address alone");

    let linked = browser
        .submit(
            "/auth/welcome",
            "/auth/welcome/link",
            &[("login", "tom"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(linked.status, StatusCode::SEE_OTHER, "{}", linked.body);
    let links = app
        .with_db(move |c| identities::of_member(c, tom_id).unwrap())
        .await;
    assert_eq!(links.len(), 1);
    assert_eq!(links[0].provider, "shop");
    assert!(browser.get("/account").await.status == StatusCode::OK);
}

async fn an_unverified_address_is_never_taken_from_the_provider(backend: Backend) {
    let (app, _provider) = app_with_provider(backend, true).await;
    let sam_id = app.create_member("sam", &[]).await; // sam@example.com
    let browser = app.browser();
    let (back, _) = sign_in_with(&browser, "shop", AtProvider::SignIn("sam")).await;
    assert_eq!(back.location(), Some("/auth/welcome"));
    let welcome = browser.get("/auth/welcome").await;
    assert!(welcome.body.contains("did not confirm an address"));
    assert!(
        welcome.body.contains("value=\"sam2\""),
        "a free name is proposed"
    );
    let joined = browser
        .submit(
            "/auth/welcome",
            "/auth/welcome",
            &[("username", "sam_k"), ("email", "sam.k@example.com")],
        )
        .await;
    assert_eq!(joined.status, StatusCode::SEE_OTHER, "{}", joined.body);
    let (sam, sam_k) = app
        .with_db(move |c| {
            (
                identities::of_member(c, sam_id).unwrap(),
                users::find_by_username(c, "sam_k").unwrap().unwrap(),
            )
        })
        .await;
    assert!(
        sam.is_empty(),
        "the local account with that address is untouched"
    );
    assert_eq!(sam_k.email, "sam.k@example.com");
    assert!(
        sam_k.email_confirmed_at.is_none(),
        "confirmed by mail first"
    );
}

async fn staff_roles_follow_the_directory_and_staff_passwords_can_be_off(backend: Backend) {
    let (app, provider) = app_with_provider(backend, false).await;
    let browser = app.browser();
    let (back, _) = sign_in_with(&browser, "directory", AtProvider::SignIn("priya")).await;
    assert_eq!(back.location(), Some("/auth/welcome"));
    let joined = browser
        .submit("/auth/welcome", "/auth/welcome", &[("username", "priya")])
        .await;
    assert_eq!(joined.status, StatusCode::SEE_OTHER, "{}", joined.body);
    let priya = app
        .with_db(|c| users::find_by_username(c, "priya").unwrap().unwrap())
        .await;
    assert!(priya.roles().has(Role::Moderator) && !priya.roles().has(Role::Expert));
    assert_eq!(browser.get("/mod").await.status, StatusCode::OK);
    let log = app
        .with_db(|c| {
            audit::list(c, &audit::AuditFilter::default(), 0, 50)
                .unwrap()
                .0
        })
        .await;
    assert!(
        log.iter()
            .any(|e| e.actor_name == "(directory)" && e.action == "role.grant"),
        "{log:?}"
    );

    // A leaver removed from the group loses the role at the next sign-in.
    change_account(&provider, "s-priya", serde_json::json!({ "groups": [] })).await;
    browser.sign_out().await;
    let (again, _) = sign_in_with(&browser, "directory", AtProvider::SignIn("priya")).await;
    assert_eq!(again.status, StatusCode::SEE_OTHER, "{}", again.body);
    let priya_id = priya.id;
    let priya = app
        .with_db(move |c| users::find(c, priya_id).unwrap().unwrap())
        .await;
    assert!(
        !priya.roles().has(Role::Moderator),
        "revoked by the directory"
    );
    assert_eq!(browser.get("/mod").await.status, StatusCode::FORBIDDEN);
    let log = app
        .with_db(|c| {
            audit::list(c, &audit::AuditFilter::default(), 0, 50)
                .unwrap()
                .0
        })
        .await;
    assert!(
        log.iter()
            .any(|e| e.actor_name == "(directory)" && e.action == "role.revoke")
    );

    // Staff passwords are off: the right password is refused, naming the button.
    app.create_member("oliver", &[Role::Expert]).await;
    let staff = app.browser();
    let refused = staff.sign_in("oliver", PASSWORD).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert!(
        refused
            .body
            .contains("use “Staff: sign in with the directory”"),
        "{}",
        refused.body
    );
    assert!(staff.get("/account").await.status.is_redirection());
    // Customers still use theirs.
    app.create_member("martha", &[]).await;
    assert_eq!(
        app.browser().sign_in("martha", PASSWORD).await.status,
        StatusCode::SEE_OTHER
    );

    // An admin ends every session of a member.
    let admin = app.signed_in_as("ada", &[]).await;
    app.with_db(|c| {
        let id = users::find_by_username(c, "ada").unwrap().unwrap().id;
        users::add_roles(c, id, Role::Admin.into()).unwrap();
    })
    .await;
    let ended = admin
        .submit(
            "/admin/members",
            &format!("/admin/members/{priya_id}/sessions/end"),
            &[],
        )
        .await;
    assert_eq!(ended.status, StatusCode::SEE_OTHER, "{}", ended.body);
    assert!(
        browser.get("/account").await.status.is_redirection(),
        "signed out"
    );
}

async fn a_member_links_and_unlinks_a_provider_from_the_account_page(backend: Backend) {
    let (app, _provider) = app_with_provider(backend, true).await;
    let browser = app.signed_in_as("martha", &[]).await;
    let page = browser.get("/account/security").await;
    assert!(
        page.body
            .contains("Link: Sign in with your Harlow &#38; Co account")
    );
    let departure = browser
        .submit(
            "/account/security",
            "/auth/shop",
            &[("link", "yes"), ("next", "/account/security")],
        )
        .await;
    let (back, _) = through_provider(&browser, departure, AtProvider::SignIn("sam")).await;
    assert_eq!(
        back.location(),
        Some("/account/security?notice=provider-linked")
    );
    let page = browser.get("/account/security").await;
    assert!(
        page.body
            .contains("Harlow &#38; Co <span class=\"muted\">(since")
    );

    // A second visitor signing in with that account is now martha.
    let other = app.browser();
    let (signed, _) = sign_in_with(&other, "shop", AtProvider::SignIn("sam")).await;
    assert_eq!(
        signed.location(),
        Some("/?notice=signed-in"),
        "{}",
        signed.body
    );
    assert!(other.get("/account").await.body.contains("martha"));

    let removed = browser
        .submit(
            "/account/security",
            "/account/providers/remove",
            &[("provider", "shop")],
        )
        .await;
    assert_eq!(removed.status, StatusCode::SEE_OTHER);
    let third = app.browser();
    let (back, _) = sign_in_with(&third, "shop", AtProvider::SignIn("sam")).await;
    assert_eq!(back.location(), Some("/auth/welcome"), "no longer linked");
}

on_both_databases!(
    a_customer_joins_with_the_shop_account_signs_out_there_too_and_comes_back,
    an_existing_account_is_linked_only_with_its_password,
    an_unverified_address_is_never_taken_from_the_provider,
    staff_roles_follow_the_directory_and_staff_passwords_can_be_off,
    a_member_links_and_unlinks_a_provider_from_the_account_page,
);
