//! The areas admin: creating areas and assigning experts, logged, and closed to members.

use parlour::db::models::areas;
use parlour::domain::Role;
use reqwest::StatusCode;

use crate::helpers::{Backend, TestApp, text_of_id};
use crate::on_both_databases;

async fn admins_manage_areas_and_experts_with_an_audit_trail(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app.signed_in_as("root", &[Role::Admin]).await;
    app.create_member("eleanor", &[]).await;

    let created = admin
        .submit(
            "/admin/areas",
            "/admin/areas",
            &[
                ("name", "Knitwear"),
                ("description", "Jumpers and cardigans"),
            ],
        )
        .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER);
    let duplicate = admin
        .submit("/admin/areas", "/admin/areas", &[("name", "Knitwear")])
        .await;
    assert_eq!(duplicate.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        text_of_id(&duplicate.body, "name-error")
            .unwrap()
            .contains("exists already")
    );
    let area_id = app
        .with_db(|c| areas::find_by_slug(c, "knitwear").unwrap().unwrap().id)
        .await;
    admin
        .submit(
            "/admin/areas",
            &format!("/admin/areas/{area_id}/experts"),
            &[("username", "eleanor"), ("action", "assign")],
        )
        .await;

    let team = app.browser().get("/experts/team").await;
    assert!(team.body.contains("eleanor") && team.body.contains("Knitwear"));
    let roles = app
        .with_db(|c| {
            parlour::db::models::users::find_by_username(c, "eleanor")
                .unwrap()
                .unwrap()
                .roles()
        })
        .await;
    assert!(roles.has(Role::Expert), "assigning an area makes an expert");
    let log = admin.get("/mod/audit").await.body;
    assert!(log.contains("area.create") && log.contains("area.assign"));

    let member = app.signed_in_as("tom", &[]).await;
    assert_eq!(
        member.get("/admin/areas").await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        member
            .submit("/", "/admin/areas", &[("name", "Hacked")])
            .await
            .status,
        StatusCode::FORBIDDEN
    );
}

on_both_databases!(admins_manage_areas_and_experts_with_an_audit_trail);
