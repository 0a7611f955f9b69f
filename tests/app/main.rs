//! Parlour's integration tests: one binary, the real app over HTTP, every test on SQLite
//! and on PostgreSQL.

mod helpers;

mod accounts;
mod browser;
mod cli;
mod csrf;
mod database;
mod quality;
mod roles;
mod sessions;
mod shell;
