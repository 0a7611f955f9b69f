//! Roles: who may open the admin area, and role changes with their audit entries.

use diesel::prelude::*;
use parlour::db::models::{audit, users};
use parlour::domain::Role;
use reqwest::StatusCode;

use crate::helpers::{Backend, TestApp};
use crate::on_both_databases;

async fn a_visitor_opening_admin_is_sent_to_sign_in(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let response = app.browser().get("/admin").await;
    assert_eq!(response.status, StatusCode::SEE_OTHER);
    assert_eq!(response.location(), Some("/login?next=/admin"));
}

async fn a_member_opening_admin_gets_403(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let member = app.signed_in_as("ines", &[]).await;
    // Staff, experts and moderators are not admins either.
    let moderator = app
        .signed_in_as("morgan", &[Role::Moderator, Role::Staff, Role::Expert])
        .await;

    for browser in [&member, &moderator] {
        for path in ["/admin", "/admin/members"] {
            let response = browser.get(path).await;
            assert_eq!(response.status, StatusCode::FORBIDDEN, "{path}");
            assert!(response.body.contains("You do not have permission"));
        }
    }
}

async fn a_member_cannot_grant_roles_even_with_a_valid_token(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let member = app.signed_in_as("ines", &[]).await;
    let own_id = app
        .with_db(|c| users::find_by_username(c, "ines").unwrap().unwrap().id)
        .await;

    let response = member
        .submit(
            "/",
            &format!("/admin/members/{own_id}/roles"),
            &[("role", "admin"), ("action", "grant")],
        )
        .await;

    assert_eq!(response.status, StatusCode::FORBIDDEN);
    let roles = app
        .with_db(move |c| users::find(c, own_id).unwrap().unwrap().roles)
        .await;
    assert_eq!(roles, 0);
}

async fn an_admin_grants_and_revokes_roles_and_each_change_is_audited(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app.signed_in_as("root", &[Role::Admin]).await;
    let member = app.create_member("ines", &[]).await;
    let action = format!("/admin/members/{member}/roles");

    let listing = admin.get("/admin/members").await;
    assert_eq!(listing.status, StatusCode::OK);
    assert!(
        listing.body.contains("ines@example.com"),
        "admins see e-mail addresses"
    );

    let granted = admin
        .submit(
            "/admin/members",
            &action,
            &[
                ("role", "moderator"),
                ("action", "grant"),
                ("reason", "Runs the weekend shift"),
            ],
        )
        .await;
    assert_eq!(granted.status, StatusCode::SEE_OTHER);
    assert_eq!(
        granted.location(),
        Some("/admin/members?notice=roles-changed")
    );
    admin
        .submit(
            "/admin/members",
            &action,
            &[("role", "expert"), ("action", "grant")],
        )
        .await;
    let roles = app
        .with_db(move |c| users::find(c, member).unwrap().unwrap().roles())
        .await;
    assert!(roles.has(Role::Moderator) && roles.has(Role::Expert) && !roles.has(Role::Admin));

    // The member can now do what a moderator does.
    let ines = app.browser();
    ines.sign_in("ines", crate::helpers::PASSWORD).await;
    assert_eq!(ines.get("/mod/audit").await.status, StatusCode::OK);

    admin
        .submit(
            "/admin/members",
            &action,
            &[
                ("role", "moderator"),
                ("action", "revoke"),
                ("reason", "Shift ended"),
            ],
        )
        .await;
    let roles = app
        .with_db(move |c| users::find(c, member).unwrap().unwrap().roles())
        .await;
    assert!(!roles.has(Role::Moderator) && roles.has(Role::Expert));
    assert_eq!(ines.get("/mod/audit").await.status, StatusCode::FORBIDDEN);

    let (entries, total) = app
        .with_db(|c| audit::list(c, &Default::default(), 0, 10).unwrap())
        .await;
    assert_eq!(total, 3);
    let newest = &entries[0];
    assert_eq!(newest.action, "role.revoke");
    assert_eq!(newest.actor_name, "root");
    // The role is kept as a sentence of the catalogue, read in each reader's language.
    let role = parlour::i18n::Text::from_stored(&newest.details);
    assert_eq!(role.say(parlour::i18n::Lang::EnGb), "moderator");
    assert_eq!(role.say(parlour::i18n::Lang::Fr), "modérateur");
    assert_eq!(newest.reason, "Shift ended");
    assert!(newest.subject.contains("ines"));
    let page = admin.get("/mod/audit").await;
    assert!(page.body.contains("Runs the weekend shift") && page.body.contains("role.grant"));
}

async fn granting_a_role_already_held_changes_and_logs_nothing(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app.signed_in_as("root", &[Role::Admin]).await;
    let member = app.create_member("ines", &[Role::Staff]).await;

    let response = admin
        .submit(
            "/admin/members",
            &format!("/admin/members/{member}/roles"),
            &[("role", "staff"), ("action", "grant")],
        )
        .await;

    assert_eq!(
        response.location(),
        Some("/admin/members?notice=roles-unchanged")
    );
    let (_, total) = app
        .with_db(|c| audit::list(c, &Default::default(), 0, 10).unwrap())
        .await;
    assert_eq!(total, 0);
}

async fn odd_role_changes_are_refused_with_a_reason(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app.signed_in_as("root", &[Role::Admin]).await;
    let own = app
        .with_db(|c| users::find_by_username(c, "root").unwrap().unwrap().id)
        .await;

    let unknown_role = admin
        .submit(
            "/admin/members",
            &format!("/admin/members/{own}/roles"),
            &[("role", "overlord"), ("action", "grant")],
        )
        .await;
    assert_eq!(unknown_role.status, StatusCode::BAD_REQUEST);
    assert!(unknown_role.body.contains("Choose one of the listed roles"));

    let own_admin = admin
        .submit(
            "/admin/members",
            &format!("/admin/members/{own}/roles"),
            &[("role", "admin"), ("action", "revoke")],
        )
        .await;
    // Refused on the members page itself, not on a bare error page.
    assert_eq!(own_admin.status, StatusCode::SEE_OTHER);
    let members = admin.get(own_admin.location().unwrap()).await;
    assert!(
        members.body.contains("cannot remove your own admin role"),
        "{}",
        members.body
    );
    assert!(members.body.contains("Members"));

    let missing = admin
        .submit(
            "/admin/members",
            "/admin/members/999999/roles",
            &[("role", "staff"), ("action", "grant")],
        )
        .await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);

    let roles = app
        .with_db(move |c| users::find(c, own).unwrap().unwrap().roles())
        .await;
    assert!(roles.has(Role::Admin));
}

async fn the_audit_log_cannot_be_changed_or_emptied(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app.signed_in_as("root", &[Role::Admin]).await;
    let member = app.create_member("ines", &[]).await;
    admin
        .submit(
            "/admin/members",
            &format!("/admin/members/{member}/roles"),
            &[("role", "staff"), ("action", "grant")],
        )
        .await;

    let (update, delete): (String, String) = app
        .with_db(|conn| {
            use parlour::db::schema::audit_log::dsl::*;
            let update = diesel::update(audit_log)
                .set(reason.eq("rewritten"))
                .execute(conn);
            let delete = diesel::delete(audit_log).execute(conn);
            (
                update.unwrap_err().to_string(),
                delete.unwrap_err().to_string(),
            )
        })
        .await;

    assert!(update.contains("append-only"), "{update}");
    assert!(delete.contains("append-only"), "{delete}");
    let (entries, _) = app
        .with_db(|c| audit::list(c, &Default::default(), 0, 10).unwrap())
        .await;
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].reason, "");
}

on_both_databases!(
    a_visitor_opening_admin_is_sent_to_sign_in,
    a_member_opening_admin_gets_403,
    a_member_cannot_grant_roles_even_with_a_valid_token,
    an_admin_grants_and_revokes_roles_and_each_change_is_audited,
    granting_a_role_already_held_changes_and_logs_nothing,
    odd_role_changes_are_refused_with_a_reason,
    the_audit_log_cannot_be_changed_or_emptied,
);
