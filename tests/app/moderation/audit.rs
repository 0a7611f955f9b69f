//! The audit log: filters, and the CSV export for admins only.

use parlour::domain::Role;
use reqwest::StatusCode;

use crate::helpers::{Backend, TestApp};
use crate::on_both_databases;

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
        row.contains(",root,") && row.contains("\"Knows \"\"shoes\"\", really\""),
        "{row}"
    );
    let tom = app.signed_in_as("tom2", &[]).await;
    assert_eq!(
        tom.get("/mod/audit.csv").await.status,
        StatusCode::FORBIDDEN
    );
}

on_both_databases!(the_audit_log_filters_and_exports_csv);
