//! The moderation area. For now the audit log; the queue arrives with moderation.

mod audit;

use actix_web::web;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/mod/audit", web::get().to(audit::audit_log));
}
