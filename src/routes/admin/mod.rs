//! The admin area: the dashboard (with its read-only copy for moderators), the first-start
//! setup, the brand, areas, policy, digests, webhooks, member roles and the design system's page. Every handler checks the admin role
//! itself; the header hiding a link is never the check.

mod areas;
mod brand;
mod dashboard;
mod design;
mod digests;
mod members;
mod policy;
mod setup;
mod webhooks;

use actix_web::web;

pub use dashboard::ACTIVITY_COLUMNS;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/admin", web::get().to(dashboard::dashboard))
        .route(
            "/admin/dashboard.csv",
            web::get().to(dashboard::dashboard_csv),
        )
        .route(
            "/mod/dashboard",
            web::get().to(dashboard::moderators_dashboard),
        )
        .route(
            "/mod/dashboard.csv",
            web::get().to(dashboard::moderators_csv),
        )
        .route("/admin/members", web::get().to(members::members))
        .service(
            web::resource("/admin/webhooks")
                .route(web::get().to(webhooks::webhooks_page))
                .route(web::post().to(webhooks::add_webhook)),
        )
        .route(
            "/admin/webhooks/{id}",
            web::get().to(webhooks::webhook_page),
        )
        .route(
            "/admin/webhooks/{id}/deliveries/{delivery}/send-again",
            web::post().to(webhooks::send_again),
        )
        .route(
            "/admin/webhooks/{id}/{action}",
            web::post().to(webhooks::change_webhook),
        )
        .route("/design", web::get().to(design::design))
        .service(
            web::resource("/admin/digests")
                .route(web::get().to(digests::digests_page))
                .route(web::post().to(digests::save_digests)),
        )
        .service(
            web::resource("/admin/brand")
                .route(web::get().to(brand::brand_page))
                .route(web::post().to(brand::save_brand)),
        )
        .service(
            web::resource("/admin/setup")
                .route(web::get().to(setup::setup_page))
                .route(web::post().to(setup::save_setup)),
        )
        .service(
            web::resource("/admin/policy")
                .route(web::get().to(policy::policy_page))
                .route(web::post().to(policy::save_policy)),
        )
        .service(
            web::resource("/admin/areas")
                .route(web::get().to(areas::areas_page))
                .route(web::post().to(areas::create_area)),
        )
        .service(
            web::resource("/admin/areas/{id}/experts").route(web::post().to(areas::change_expert)),
        )
        .service(
            web::resource("/admin/members/{id}/roles").route(web::post().to(members::change_role)),
        )
        .service(
            web::resource("/admin/members/{id}/sessions/end")
                .route(web::post().to(members::end_sessions)),
        );
}
