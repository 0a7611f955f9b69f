//! Parlour's integration tests: one binary, the real app over HTTP, every test on SQLite
//! and on PostgreSQL.

// A panic in a test is a failed test: helpers may unwrap what they set up.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod helpers;

mod accounts;
mod addresses;
mod api;
mod backups;
mod blog;
mod brand;
mod browser;
mod cli;
mod comments;
mod csrf;
mod dashboard;
mod database;
mod design;
mod experts;
mod feeds;
mod ideas;
mod languages;
mod layering;
mod mailbox;
mod media;
mod metrics;
mod moderation;
mod moderation_examples;
mod nodes;
mod page_cache;
mod personal;
mod privacy;
mod profiles;
mod quality;
mod queries;
mod recovery;
mod roles;
mod search;
mod security;
mod sessions;
mod setup;
mod shell;
mod sign_in;
mod webhooks;
