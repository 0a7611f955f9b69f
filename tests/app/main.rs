//! Parlour's integration tests: one binary, the real app over HTTP, every test on SQLite
//! and on PostgreSQL.

mod helpers;

mod accounts;
mod blog;
mod browser;
mod cli;
mod comments;
mod csrf;
mod database;
mod experts;
mod feeds;
mod ideas;
mod layering;
mod media;
mod moderation;
mod moderation_examples;
mod privacy;
mod quality;
mod roles;
mod sessions;
mod shell;
