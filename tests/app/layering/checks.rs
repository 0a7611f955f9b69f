//! The checker on the real sources, on its parser, and on fixture trees.

use std::fs;
use std::path::{Path, PathBuf};

use super::graph::Kind;
use super::parse::imports;
use super::*;

/// The crate's own sources.
fn crate_src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

#[test]
fn the_code_keeps_its_floors() {
    let src = crate_src();
    let violations = check(&src).unwrap_or_else(|e| panic!("cannot read {}: {e}", src.display()));
    assert!(
        violations.is_empty(),
        "{} import(s) break the layering:\n{}",
        violations.len(),
        report(&violations)
    );
}

#[test]
fn use_trees_are_read_to_their_leaves() {
    let source = "\
pub(crate) use crate::db::models::{answers, questions::{self, Question}};
use super::{
    sibling as other,
    super::top::*,
};
use self::child::Thing;
use child::Other;
use std::fmt::{self, Write};
use diesel::prelude::*;
";
    let module = ["a".to_owned(), "b".to_owned()];
    let found: Vec<(usize, String, Kind)> = imports(source, &module, &|name| name == "child")
        .into_iter()
        .map(|import| (import.line, import.path.join("::"), import.kind))
        .collect();
    let expected = [
        (1, "db::models::answers", Kind::PubUse),
        (1, "db::models::questions", Kind::PubUse),
        (1, "db::models::questions::Question", Kind::PubUse),
        (3, "a::sibling", Kind::Use),
        (4, "top::*", Kind::Use),
        (6, "a::b::child::Thing", Kind::Use),
        (7, "a::b::child::Other", Kind::Use),
    ]
    .map(|(line, path, kind)| (line, path.to_owned(), kind));
    assert_eq!(found, expected);
}

#[test]
fn comments_literals_and_test_modules_are_not_imports() {
    let source = r####"
// use crate::routes::one;
/* use crate::routes::two; /* nested */ use crate::routes::three; */
/// `crate::routes::four()`
const QUOTE: char = '"';
const TEXT: &str = "use crate::routes::five; \" crate::routes::six";
const RAW: &str = r#"crate::routes::seven "# ;
fn keep<'a>(x: &'a str) -> &'a str { crate::render::format::date_time(x) }
macro_rules! m { () => { $crate::routes::eight() } }
pub(in crate::db) fn scoped() {}
#[cfg(test)]
mod tests {
    use crate::routes::nine;
    fn f() { crate::routes::ten(); }
}
use crate::routes::eleven;
"####;
    let found: Vec<(usize, String, Kind)> = imports(source, &[], &|_| false)
        .into_iter()
        .map(|import| (import.line, import.path.join("::"), import.kind))
        .collect();
    let expected = [
        (8, "render::format::date_time", Kind::Inline),
        (16, "routes::eleven", Kind::Use),
    ]
    .map(|(line, path, kind)| (line, path.to_owned(), kind));
    assert_eq!(found, expected);
}

/// Breaks the floors in `domain/a.rs` (a `use`) and `posting/draft.rs` (an inline path), and
/// has two cycles: `posting/draft.rs` with `posting/queue.rs` (the `pub use` in
/// `posting/mod.rs` is a facade, not a third member), and `blog/mod.rs` with its child
/// `blog/feed.rs` (a private `use` of a child is a dependency). Comments, strings and the
/// test module import nothing.
const BROKEN_TREE: &[(&str, &str)] = &[
    (
        "lib.rs",
        "pub mod blog;\npub mod db;\npub mod domain;\npub mod posting;\npub mod routes;\n",
    ),
    (
        "blog/mod.rs",
        "pub mod feed;\nuse feed::Entry;\npub struct Post;\n",
    ),
    ("blog/feed.rs", "use super::Post;\npub struct Entry;\n"),
    ("domain/mod.rs", "pub mod a;\n"),
    (
        "domain/a.rs",
        r#"//! Reaches into the database.
use std::fmt;

use crate::db::models::x;
// use crate::routes::home;
pub const NOTE: &str = "use crate::routes::home;";
"#,
    ),
    ("db/mod.rs", "pub mod models;\n"),
    ("db/models/mod.rs", "pub mod x;\n"),
    ("db/models/x.rs", "pub struct X;\n"),
    (
        "posting/mod.rs",
        "pub mod draft;\npub mod queue;\n\npub use draft::Draft;\npub struct Settings;\n",
    ),
    (
        "posting/draft.rs",
        r#"use super::Settings;
use super::queue::{self, Queue};

pub struct Draft;

pub fn publish() {
    crate::routes::home();
}

#[cfg(test)]
mod tests {
    use crate::routes::home;
}
"#,
    ),
    (
        "posting/queue.rs",
        r#"use crate::posting::{
    draft::Draft,
    Settings,
};

pub struct Queue;
"#,
    ),
    ("routes/mod.rs", "pub fn home() {}\n"),
];

/// Every floor importing only what it may, and a facade re-exporting its child.
const CLEAN_TREE: &[(&str, &str)] = &[
    (
        "lib.rs",
        "pub mod db;\npub mod domain;\npub mod messages;\n",
    ),
    ("messages.rs", "pub const HELLO: &str = \"hello\";\n"),
    (
        "domain/mod.rs",
        "pub mod role;\n\npub use role::Role;\nuse crate::messages;\n",
    ),
    (
        "domain/role.rs",
        "use super::super::messages::HELLO;\npub struct Role;\n",
    ),
    ("db/mod.rs", "use crate::domain::{Role, role};\n"),
    ("posting/mod.rs", "pub mod draft;\nuse crate::db;\n"),
    (
        "posting/draft.rs",
        "use crate::domain::Role;\nuse super::super::db;\n",
    ),
    (
        "routes/mod.rs",
        "use crate::posting::draft;\nuse crate::render::page;\n",
    ),
    ("render/mod.rs", "pub mod page;\nuse crate::domain::Role;\n"),
    ("render/page.rs", "pub fn page() {}\n"),
    ("startup.rs", "use crate::routes;\n"),
];

#[test]
fn broken_floors_and_cycles_are_reported() {
    let blog = "files import each other in a cycle: src/blog/feed.rs, src/blog/mod.rs";
    let posting = "files import each other in a cycle: src/posting/draft.rs, src/posting/queue.rs";
    let expected = [
        "src/domain/a.rs:4 imports crate::db::models::x \
         — domain imports nothing of the project but messages, clock and i18n"
            .to_owned(),
        "src/posting/draft.rs:7 imports crate::routes::home \
         — nothing imports routes but routes, startup and cli; \
         services never import the web layer (routes, api, middleware, startup, cli)"
            .to_owned(),
        format!("src/blog/feed.rs:1 imports crate::blog::Post — {blog}"),
        format!("src/blog/mod.rs:2 imports crate::blog::feed::Entry — {blog}"),
        format!("src/posting/draft.rs:2 imports crate::posting::queue — {posting}"),
        format!("src/posting/queue.rs:2 imports crate::posting::draft::Draft — {posting}"),
    ];
    assert_eq!(Fixture::new("broken", BROKEN_TREE).check(), expected);
}

#[test]
fn a_clean_tree_passes() {
    assert_eq!(
        Fixture::new("clean", CLEAN_TREE).check(),
        Vec::<String>::new()
    );
}

/// A throwaway source tree in the temporary folder, removed when dropped.
struct Fixture {
    root: PathBuf,
}

impl Fixture {
    fn new(name: &str, files: &[(&str, &str)]) -> Fixture {
        let unique = format!("parlour-layering-{}-{name}", std::process::id());
        let root = std::env::temp_dir().join(unique);
        let _ = fs::remove_dir_all(&root);
        for (file, text) in files {
            let path = root.join("src").join(file);
            let folder = path.parent().expect("a fixture file has a folder");
            fs::create_dir_all(folder).expect("create a fixture folder");
            fs::write(&path, text).expect("write a fixture file");
        }
        Fixture { root }
    }

    fn check(&self) -> Vec<String> {
        let violations = check(&self.root.join("src")).expect("read the fixture");
        violations.iter().map(ToString::to_string).collect()
    }
}

impl Drop for Fixture {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.root);
    }
}
