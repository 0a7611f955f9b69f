//! The admin area: the dashboard and member roles. Every handler checks the admin role
//! itself; the header hiding a link is never the check.

mod dashboard;
mod members;

use actix_web::web;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/admin", web::get().to(dashboard::dashboard))
        .route("/admin/members", web::get().to(members::members))
        .service(
            web::resource("/admin/members/{id}/roles").route(web::post().to(members::change_role)),
        );
    crate::routes::moderation::configure(cfg);
}
