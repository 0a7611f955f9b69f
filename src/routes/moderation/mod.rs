//! The moderation area: the queue of held, flagged and reported posts with the actions on
//! them, members' reports, and the audit log.

mod act;
mod audit;
mod edit;
pub mod held;
mod queue;
mod reason;
mod reports;

use actix_web::web;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/mod", web::get().to(queue::queue))
        .route("/mod/audit", web::get().to(audit::audit_log))
        .route("/mod/audit.csv", web::get().to(audit::audit_csv))
        .service(
            web::resource("/report")
                .route(web::get().to(reports::report_form))
                .route(web::post().to(reports::report)),
        )
        .service(web::resource("/mod/{kind}/{id}").route(web::post().to(act::act)))
        .service(web::resource("/mod/{kind}/{id}/reason").route(web::post().to(reason::add_reason)))
        .service(
            web::resource("/mod/{kind}/{id}/edit")
                .route(web::get().to(edit::edit_form))
                .route(web::post().to(edit::edit)),
        );
}
