//! Parlour: a self-hosted brand community with staff blogs, Ask the Experts and an ideas
//! board. See README.md for the map of these modules.

pub mod accounts;
pub mod auth;
pub mod backup;
pub mod blog;
pub mod brand;
pub mod cli;
pub mod clock;
pub mod config;
pub mod dashboard;
pub mod db;
pub mod demo;
pub mod domain;
pub mod error;
pub mod i18n;
pub mod images;
pub mod jobs;
pub mod mail;
pub mod messages;
pub mod metrics;
pub mod middleware;
pub mod moderation;
pub mod notify;
pub mod paths;
pub mod personal;
pub mod posting;
pub mod privacy;
pub mod reminders;
pub mod render;
pub mod routes;
pub mod search;
pub mod seed;
pub mod sign_in;
pub mod startup;
pub mod state;
pub mod votes;
