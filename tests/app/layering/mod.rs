//! The floors of the code, checked: every file under `src/` may import only from the floors
//! its own floor is allowed to reach, and no files may import each other in a cycle.
//!
//! From the top down:
//!
//! - `routes` take requests and answer them, and `api` does the same in JSON; only `startup`
//!   and `cli` mount them;
//! - the services (`posting`, `moderation`, `accounts`, `privacy`, `notify`, `blog`, …) hold
//!   the use cases and know nothing of HTTP;
//! - `db` runs the queries and turns rows into values;
//! - `domain` is plain values and their rules, with the leaves `messages`, `clock` and
//!   `paths` beside it.
//!
//! Two floors sit to the side: `render` takes values and turns them into HTML, and never
//! queries; `auth` (sessions, CSRF, passwords) sits beside the routes and reaches neither into
//! rendering nor into the services.
//!
//! Why a test: the compiler accepts an import that goes the wrong way, and each one makes the
//! next look normal. Once `db` knows about `render`, queries start formatting dates; once two
//! files import each other, neither can be understood or changed on its own. The rules are
//! the table below; a failure lists every offending line with the rule it breaks.
//!
//! The reading is deliberately small: a tokenizer that drops comments and literals, a parser
//! for `use` trees, and a scan for `crate::…` paths written inline in code. Items under
//! `#[cfg(test)]` may import freely and are skipped. Inline paths count for the floors but
//! not for cycles, and a module re-exporting its own submodules (`pub use child::Item;`) is a
//! facade, not a dependency.

use std::fmt;
use std::fs;
use std::io;
use std::path::Path;

mod checks;
mod graph;
mod lexer;
mod parse;

use Floors::{AllBut, Only};
use graph::{FileImports, Tree, cycle_violations, floor_violations, module_path, rust_files};
use parse::imports;

/// The services: the use cases between the web layer and the database.
pub(super) const SERVICES: &[&str] = &[
    "posting",
    "moderation",
    "accounts",
    "privacy",
    "notify",
    "blog",
    "reminders",
    "mail",
    "demo",
    "jobs",
    "votes",
    "search",
    "webhooks",
];

/// `(importer floor, forbidden floor, reason)`: a file on an importer floor may not import
/// anything on a forbidden floor. A floor is the first segment after `crate::`; the crate
/// root (`lib.rs`, `main.rs`) is the floor `""`.
#[rustfmt::skip]
pub(super) const RULES: &[(Floors, Floors, &str)] = &[
    // importer floor                      forbidden floor
    (Only(&["i18n"]),                      AllBut(&["i18n"]),
        "i18n imports nothing of the project"),
    (Only(&["domain"]),                    AllBut(&["domain", "messages", "clock", "i18n"]),
        "domain imports nothing of the project but messages, clock and i18n"),
    (Only(&["db"]),                        AllBut(&["db", "domain", "messages", "clock", "paths", "i18n"]),
        "db imports nothing of the project but domain, messages, clock, paths and i18n"),
    (Only(&["render"]),                    Only(&["db"]),
        "render takes values and never queries, so never imports db"),
    (Only(&["render"]),                    Only(&["routes"]),
        "render never imports routes"),
    (Only(&["render"]),                    Only(SERVICES),
        "render never imports a service"),
    (Only(&["auth"]),                      Only(&["render"]),
        "auth never imports render"),
    (Only(&["auth"]),                      Only(&["routes"]),
        "auth never imports routes"),
    (Only(&["auth"]),                      Only(SERVICES),
        "auth never imports a service"),
    (AllBut(&["routes", "startup", "cli"]), Only(&["routes"]),
        "nothing imports routes but routes, startup and cli"),
    (Only(SERVICES),                       Only(&["routes", "api", "middleware", "startup", "cli"]),
        "services never import the web layer (routes, api, middleware, startup, cli)"),
    (Only(&["clock"]),                     AllBut(&["clock"]),
        "clock is a leaf: it imports nothing of the project"),
    (Only(&["messages"]),                  AllBut(&["messages", "i18n"]),
        "messages imports nothing of the project but i18n"),
    (Only(&["paths"]),                     AllBut(&["paths", "domain"]),
        "paths is a leaf: it imports nothing of the project but domain"),
];

/// A set of floors, named either by listing them or by listing the ones left out.
pub(super) enum Floors {
    Only(&'static [&'static str]),
    AllBut(&'static [&'static str]),
}

impl Floors {
    pub(super) fn contains(&self, floor: &str) -> bool {
        match self {
            Only(floors) => floors.contains(&floor),
            AllBut(floors) => !floors.contains(&floor),
        }
    }
}

/// One import that breaks a rule, or that closes a cycle.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Violation {
    /// The importing file, as `src/…`.
    pub file: String,
    pub line: usize,
    /// The imported path, as `crate::…`.
    pub path: String,
    pub reason: String,
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Violation {
            file,
            line,
            path,
            reason,
        } = self;
        write!(f, "{file}:{line} imports {path} — {reason}")
    }
}

/// Every rule violation under `src_dir` (sorted by file and line), then every cycle.
pub fn check(src_dir: &Path) -> io::Result<Vec<Violation>> {
    let tree = Tree {
        files: rust_files(src_dir)?,
    };
    let mut files = Vec::new();
    for file in &tree.files {
        let source = fs::read_to_string(src_dir.join(file))?;
        let module = module_path(file);
        let is_child = |name: &str| tree.has_child(&module, name);
        files.push(FileImports {
            imports: imports(&source, &module, &is_child),
            file: file.clone(),
        });
    }
    let mut violations = floor_violations(&files);
    violations.extend(cycle_violations(&tree, &files));
    Ok(violations)
}

/// One violation a line, for a failure message.
pub(super) fn report(violations: &[Violation]) -> String {
    let lines: Vec<String> = violations.iter().map(ToString::to_string).collect();
    lines.join("\n")
}
