//! The floors of the code, checked: every file under `src/` may import only from the floors
//! its own floor is allowed to reach, and no files may import each other in a cycle.
//!
//! From the top down:
//!
//! - `routes` take requests and answer them; only `startup` and `cli` mount them;
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

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use Floors::{AllBut, Only};

/// The services: the use cases between the web layer and the database.
const SERVICES: &[&str] = &[
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
];

/// `(importer floor, forbidden floor, reason)`: a file on an importer floor may not import
/// anything on a forbidden floor. A floor is the first segment after `crate::`; the crate
/// root (`lib.rs`, `main.rs`) is the floor `""`.
#[rustfmt::skip]
const RULES: &[(Floors, Floors, &str)] = &[
    // importer floor                      forbidden floor
    (Only(&["domain"]),                    AllBut(&["domain", "messages", "clock"]),
        "domain imports nothing of the project but messages and clock"),
    (Only(&["db"]),                        AllBut(&["db", "domain", "messages", "clock", "paths"]),
        "db imports nothing of the project but domain, messages, clock and paths"),
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
    (Only(SERVICES),                       Only(&["routes", "middleware", "startup", "cli"]),
        "services never import the web layer (routes, middleware, startup, cli)"),
    (Only(&["clock"]),                     AllBut(&["clock"]),
        "clock is a leaf: it imports nothing of the project"),
    (Only(&["messages"]),                  AllBut(&["messages"]),
        "messages is a leaf: it imports nothing of the project"),
    (Only(&["paths"]),                     AllBut(&["paths", "domain"]),
        "paths is a leaf: it imports nothing of the project but domain"),
];

/// A set of floors, named either by listing them or by listing the ones left out.
enum Floors {
    Only(&'static [&'static str]),
    AllBut(&'static [&'static str]),
}

impl Floors {
    fn contains(&self, floor: &str) -> bool {
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
fn report(violations: &[Violation]) -> String {
    let lines: Vec<String> = violations.iter().map(ToString::to_string).collect();
    lines.join("\n")
}

// ---------------------------------------------------------------------------------------
// The rules and the cycles
// ---------------------------------------------------------------------------------------

/// The project paths one file imports.
struct FileImports {
    /// Relative to `src/`, with `/` between folders.
    file: String,
    imports: Vec<Import>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Import {
    line: usize,
    /// The absolute path without the leading `crate`.
    path: Vec<String>,
    kind: Kind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Use,
    /// `pub use` or `pub(…) use`: a re-export.
    PubUse,
    /// A `crate::…` path written in code.
    Inline,
}

fn floor_violations(files: &[FileImports]) -> Vec<Violation> {
    let mut found = Vec::new();
    for file in files {
        let importer = floor(&file.file);
        for import in &file.imports {
            let imported = import.path[0].as_str();
            let reasons: Vec<&str> = RULES
                .iter()
                .filter(|(from, to, _)| from.contains(importer) && to.contains(imported))
                .map(|(_, _, reason)| *reason)
                .collect();
            if !reasons.is_empty() {
                found.push(violation(&file.file, import, reasons.join("; ")));
            }
        }
    }
    found.sort();
    found.dedup();
    found
}

fn violation(file: &str, import: &Import, reason: String) -> Violation {
    Violation {
        file: format!("src/{file}"),
        line: import.line,
        path: format!("crate::{}", import.path.join("::")),
        reason,
    }
}

/// An import from one file (by index) of another.
struct Edge<'a> {
    from: usize,
    to: usize,
    import: &'a Import,
}

fn cycle_violations(tree: &Tree, files: &[FileImports]) -> Vec<Violation> {
    let edges = dependency_edges(tree, files);
    let mut graph = vec![Vec::new(); files.len()];
    for edge in &edges {
        graph[edge.from].push(edge.to);
    }
    let mut found = Vec::new();
    for component in strongly_connected(&graph) {
        let names: Vec<String> = component
            .iter()
            .map(|&i| format!("src/{}", files[i].file))
            .collect();
        let reason = format!("files import each other in a cycle: {}", names.join(", "));
        let inside = |i: &usize| component.contains(i);
        let mut cycle: Vec<Violation> = edges
            .iter()
            .filter(|edge| inside(&edge.from) && inside(&edge.to))
            .map(|edge| violation(&files[edge.from].file, edge.import, reason.clone()))
            .collect();
        cycle.sort();
        found.extend(cycle);
    }
    found
}

/// The file-to-file imports of `use` items: one per importing line and imported file, not
/// counting a file's imports of itself nor a module's re-exports of its own submodules.
fn dependency_edges<'a>(tree: &Tree, files: &'a [FileImports]) -> Vec<Edge<'a>> {
    let index: BTreeMap<&str, usize> = files
        .iter()
        .enumerate()
        .map(|(i, file)| (file.file.as_str(), i))
        .collect();
    let mut seen = BTreeSet::new();
    let mut edges = Vec::new();
    for (from, file) in files.iter().enumerate() {
        let module = module_path(&file.file);
        for import in file.imports.iter().filter(|i| i.kind != Kind::Inline) {
            let Some(to) = tree.resolve(&import.path).and_then(|f| index.get(f)) else {
                continue;
            };
            let facade = import.kind == Kind::PubUse
                && is_submodule(&module_path(&files[*to].file), &module);
            if from != *to && !facade && seen.insert((from, import.line, *to)) {
                edges.push(Edge {
                    from,
                    to: *to,
                    import,
                });
            }
        }
    }
    edges
}

fn is_submodule(module: &[String], of: &[String]) -> bool {
    module.len() > of.len() && module.starts_with(of)
}

/// The strongly connected components of more than one node (Tarjan), each sorted, in order.
fn strongly_connected(graph: &[Vec<usize>]) -> Vec<Vec<usize>> {
    let mut tarjan = Tarjan {
        graph,
        order: vec![None; graph.len()],
        low: vec![0; graph.len()],
        on_stack: vec![false; graph.len()],
        stack: Vec::new(),
        next: 0,
        components: Vec::new(),
    };
    for node in 0..graph.len() {
        if tarjan.order[node].is_none() {
            tarjan.visit(node);
        }
    }
    let mut cycles: Vec<Vec<usize>> = tarjan
        .components
        .into_iter()
        .filter(|component| component.len() > 1)
        .map(|mut component| {
            component.sort();
            component
        })
        .collect();
    cycles.sort();
    cycles
}

struct Tarjan<'g> {
    graph: &'g [Vec<usize>],
    /// The order in which each node was first visited.
    order: Vec<Option<usize>>,
    /// The earliest node on the stack each node reaches.
    low: Vec<usize>,
    on_stack: Vec<bool>,
    stack: Vec<usize>,
    next: usize,
    components: Vec<Vec<usize>>,
}

impl Tarjan<'_> {
    fn visit(&mut self, node: usize) {
        self.order[node] = Some(self.next);
        self.low[node] = self.next;
        self.next += 1;
        self.stack.push(node);
        self.on_stack[node] = true;
        let graph = self.graph;
        for &next in &graph[node] {
            match self.order[next] {
                None => {
                    self.visit(next);
                    self.low[node] = self.low[node].min(self.low[next]);
                }
                Some(order) if self.on_stack[next] => self.low[node] = self.low[node].min(order),
                Some(_) => {}
            }
        }
        if self.order[node] == Some(self.low[node]) {
            let mut component = Vec::new();
            while let Some(top) = self.stack.pop() {
                self.on_stack[top] = false;
                component.push(top);
                if top == node {
                    break;
                }
            }
            self.components.push(component);
        }
    }
}

// ---------------------------------------------------------------------------------------
// Files and modules
// ---------------------------------------------------------------------------------------

/// The `.rs` files of a source folder, relative to it, with `/` between folders.
struct Tree {
    files: BTreeSet<String>,
}

impl Tree {
    /// The file that defines `path`: the deepest existing `a/b.rs` or `a/b/mod.rs` along it,
    /// else the crate root.
    fn resolve(&self, path: &[String]) -> Option<&str> {
        let along = (1..=path.len()).rev().flat_map(|depth| {
            let stem = path[..depth].join("/");
            [format!("{stem}.rs"), format!("{stem}/mod.rs")]
        });
        let roots = ["lib.rs", "main.rs"].map(String::from);
        along
            .chain(roots)
            .find_map(|file| self.files.get(&file))
            .map(String::as_str)
    }

    /// Whether `module` has a submodule `name` in its own file.
    fn has_child(&self, module: &[String], name: &str) -> bool {
        let mut path = module.to_vec();
        path.push(name.to_owned());
        let stem = path.join("/");
        self.files.contains(&format!("{stem}.rs")) || self.files.contains(&format!("{stem}/mod.rs"))
    }
}

fn rust_files(src_dir: &Path) -> io::Result<BTreeSet<String>> {
    let mut files = BTreeSet::new();
    let mut pending = vec![src_dir.to_path_buf()];
    while let Some(dir) = pending.pop() {
        for entry in fs::read_dir(&dir)? {
            let path = entry?.path();
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|ext| ext == "rs") {
                let relative = path.strip_prefix(src_dir).unwrap_or(&path);
                let parts: Vec<_> = relative.iter().map(|part| part.to_string_lossy()).collect();
                files.insert(parts.join("/"));
            }
        }
    }
    Ok(files)
}

/// `a/b.rs` is the module `a::b`, `a/mod.rs` is `a`, and `lib.rs` and `main.rs` the root.
fn module_path(file: &str) -> Vec<String> {
    let stem = file.strip_suffix(".rs").unwrap_or(file);
    let mut path: Vec<String> = stem.split('/').map(String::from).collect();
    if path.last().is_some_and(|last| last == "mod") || matches!(stem, "lib" | "main") {
        path.pop();
    }
    path
}

/// The first segment of a file's module path.
fn floor(file: &str) -> &str {
    let stem = file.strip_suffix(".rs").unwrap_or(file);
    match stem.split('/').next() {
        Some("lib" | "main") if !stem.contains('/') => "",
        Some(first) => first,
        None => "",
    }
}

// ---------------------------------------------------------------------------------------
// Reading imports
// ---------------------------------------------------------------------------------------

/// The project paths a file imports, made absolute. `module` is the file's module path;
/// `is_child` says whether a name is one of its submodules (`use child::Item;`).
fn imports(source: &str, module: &[String], is_child: &dyn Fn(&str) -> bool) -> Vec<Import> {
    let tokens = without_test_items(tokenize(source));
    let mut raw = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        i = if starts_use(&tokens, i) {
            read_use(&tokens, i, &mut raw)
        } else if starts_inline_path(&tokens, i) {
            read_inline_path(&tokens, i, &mut raw)
        } else {
            i + 1
        };
    }
    raw.into_iter()
        .filter_map(|(line, segments, kind)| {
            let path = absolute(&segments, module, is_child)?;
            (!path.is_empty()).then_some(Import { line, path, kind })
        })
        .collect()
}

/// A path as written, before it is made absolute.
type RawImport = (usize, Vec<String>, Kind);

/// `crate::…`, `self::…`, `super::…` or `child::…` made absolute (without `crate`); `None`
/// for another crate's path.
fn absolute(
    segments: &[String],
    module: &[String],
    is_child: &dyn Fn(&str) -> bool,
) -> Option<Vec<String>> {
    let (first, rest) = segments.split_first()?;
    match first.as_str() {
        "crate" => Some(rest.to_vec()),
        "self" | "super" => {
            let mut base = module.to_vec();
            let mut rest = segments;
            while let Some((first, tail)) = rest.split_first() {
                match first.as_str() {
                    "self" => {}
                    "super" => {
                        base.pop()?;
                    }
                    _ => break,
                }
                rest = tail;
            }
            base.extend_from_slice(rest);
            Some(base)
        }
        name if is_child(name) => Some([module, segments].concat()),
        _ => None,
    }
}

fn starts_use(tokens: &[Token], i: usize) -> bool {
    // `use<'a>` in a return type is not an import.
    let path_follows = tokens
        .get(i + 1)
        .is_some_and(|next| matches!(next.tok, Tok::Ident(_) | Tok::PathSep) || next.tok.is("{"));
    tokens[i].tok.is("use") && path_follows
}

fn read_use(tokens: &[Token], i: usize, found: &mut Vec<RawImport>) -> usize {
    let kind = if is_public(tokens, i) {
        Kind::PubUse
    } else {
        Kind::Use
    };
    let mut leaves = Vec::new();
    let end = read_use_tree(tokens, i + 1, &[], &mut leaves);
    found.extend(leaves.into_iter().map(|(line, path)| (line, path, kind)));
    end
}

/// Whether the item starting at `i` is `pub` or `pub(…)`.
fn is_public(tokens: &[Token], i: usize) -> bool {
    let Some(before) = i.checked_sub(1).map(|j| &tokens[j].tok) else {
        return false;
    };
    if before.is(")") {
        let open = tokens[..i].iter().rposition(|token| token.tok.is("("));
        return open.is_some_and(|open| open > 0 && tokens[open - 1].tok.is("pub"));
    }
    before.is("pub")
}

/// Reads one use tree (`a::b`, `a::{…}`, `a::*`, `a as b`) from `pos`, adding its leaves
/// with the line of their last segment; returns where it ends.
fn read_use_tree(
    tokens: &[Token],
    mut pos: usize,
    prefix: &[String],
    leaves: &mut Vec<(usize, Vec<String>)>,
) -> usize {
    let mut path = prefix.to_vec();
    let mut line = 0;
    while let Some(token) = tokens.get(pos) {
        match &token.tok {
            Tok::Ident(name) if name != "as" => path.push(name.clone()),
            Tok::Punct('*') => path.push("*".to_owned()),
            Tok::Punct('{') => return read_use_group(tokens, pos + 1, &path, leaves),
            Tok::PathSep => {}
            _ => break,
        }
        line = token.line;
        pos += 1;
    }
    if path.len() > prefix.len() {
        if path.last().is_some_and(|last| last == "self") {
            path.pop();
        }
        leaves.push((line, path));
    }
    if tokens.get(pos).is_some_and(|token| token.tok.is("as")) {
        pos += 2;
    }
    pos
}

/// Reads the trees of a `{…}` group from just after its `{`; returns where it ends.
fn read_use_group(
    tokens: &[Token],
    mut pos: usize,
    prefix: &[String],
    leaves: &mut Vec<(usize, Vec<String>)>,
) -> usize {
    while let Some(token) = tokens.get(pos) {
        if token.tok.is("}") {
            return pos + 1;
        }
        if token.tok.is(",") {
            pos += 1;
            continue;
        }
        pos = read_use_tree(tokens, pos, prefix, leaves).max(pos + 1);
    }
    pos
}

/// `crate::` in code, but not `$crate::` in a macro nor `pub(in crate::…)`.
fn starts_inline_path(tokens: &[Token], i: usize) -> bool {
    let before = |back: usize| i.checked_sub(back).map(|j| &tokens[j].tok);
    let in_macro = before(1).is_some_and(|tok| tok.is("$"));
    let visibility =
        before(1).is_some_and(|tok| tok.is("in")) && before(2).is_some_and(|tok| tok.is("("));
    tokens[i].tok.is("crate")
        && tokens
            .get(i + 1)
            .is_some_and(|next| next.tok == Tok::PathSep)
        && !in_macro
        && !visibility
}

fn read_inline_path(tokens: &[Token], i: usize, found: &mut Vec<RawImport>) -> usize {
    let mut path = vec!["crate".to_owned()];
    let mut pos = i + 1;
    while let (Some(Tok::PathSep), Some(Tok::Ident(name))) = (
        tokens.get(pos).map(|token| &token.tok),
        tokens.get(pos + 1).map(|token| &token.tok),
    ) {
        path.push(name.clone());
        pos += 2;
    }
    found.push((tokens[i].line, path, Kind::Inline));
    pos
}

/// The tokens minus every item under `#[cfg(test)]` (with its other attributes).
fn without_test_items(tokens: Vec<Token>) -> Vec<Token> {
    const CFG_TEST: [&str; 7] = ["#", "[", "cfg", "(", "test", ")", "]"];
    let mut kept = Vec::with_capacity(tokens.len());
    let mut i = 0;
    while i < tokens.len() {
        let rest = &tokens[i..];
        if rest.len() >= CFG_TEST.len() && rest.iter().zip(CFG_TEST).all(|(t, s)| t.tok.is(s)) {
            i = end_of_item(&tokens, i + CFG_TEST.len());
        } else {
            kept.push(tokens[i].clone());
            i += 1;
        }
    }
    kept
}

/// Where the item starting at `start` ends: after its `;` or its closing `}`.
fn end_of_item(tokens: &[Token], start: usize) -> usize {
    let mut depth = 0usize;
    for (i, token) in tokens.iter().enumerate().skip(start) {
        match token.tok {
            Tok::Punct('(' | '[' | '{') => depth += 1,
            Tok::Punct(')' | ']') => depth = depth.saturating_sub(1),
            Tok::Punct('}') => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return i + 1;
                }
            }
            Tok::Punct(';') if depth == 0 => return i + 1,
            _ => {}
        }
    }
    tokens.len()
}

// ---------------------------------------------------------------------------------------
// Tokens
// ---------------------------------------------------------------------------------------

#[derive(Debug, Clone, PartialEq, Eq)]
enum Tok {
    Ident(String),
    /// `::`
    PathSep,
    Punct(char),
    /// A string, character or number literal, or a lifetime: nothing to read inside.
    Literal,
}

impl Tok {
    fn is(&self, text: &str) -> bool {
        match self {
            Tok::Ident(name) => name == text,
            Tok::PathSep => text == "::",
            Tok::Punct(c) => text.chars().eq([*c]),
            Tok::Literal => false,
        }
    }
}

#[derive(Debug, Clone)]
struct Token {
    tok: Tok,
    line: usize,
}

/// The tokens of a source file, without comments, each with its line (from 1).
fn tokenize(source: &str) -> Vec<Token> {
    let mut lexer = Lexer {
        chars: source.chars().collect(),
        pos: 0,
        line: 1,
    };
    let mut tokens = Vec::new();
    while let Some(c) = lexer.peek(0) {
        let line = lexer.line;
        if let Some(tok) = lexer.token(c) {
            tokens.push(Token { tok, line });
        }
    }
    tokens
}

struct Lexer {
    chars: Vec<char>,
    pos: usize,
    line: usize,
}

fn is_word_char(c: char) -> bool {
    c == '_' || c.is_alphanumeric()
}

impl Lexer {
    fn peek(&self, ahead: usize) -> Option<char> {
        self.chars.get(self.pos + ahead).copied()
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek(0)?;
        self.pos += 1;
        if c == '\n' {
            self.line += 1;
        }
        Some(c)
    }

    /// Reads what starts with `c`: a token, or `None` for white space and comments.
    fn token(&mut self, c: char) -> Option<Tok> {
        match (c, self.peek(1)) {
            (c, _) if c.is_whitespace() => {
                self.bump();
                None
            }
            ('/', Some('/')) => {
                while self.peek(0).is_some_and(|c| c != '\n') {
                    self.bump();
                }
                None
            }
            ('/', Some('*')) => {
                self.skip_block_comment();
                None
            }
            (':', Some(':')) => {
                self.pos += 2;
                Some(Tok::PathSep)
            }
            ('"', _) => Some(self.skip_string()),
            ('\'', _) => Some(self.skip_char_or_lifetime()),
            (c, _) if is_word_char(c) => Some(self.word()),
            _ => {
                self.bump();
                Some(Tok::Punct(c))
            }
        }
    }

    /// `/* … */`, which nests.
    fn skip_block_comment(&mut self) {
        self.pos += 2;
        let mut depth = 1;
        while depth > 0 {
            match (self.peek(0), self.peek(1)) {
                (Some('/'), Some('*')) => {
                    self.pos += 2;
                    depth += 1;
                }
                (Some('*'), Some('/')) => {
                    self.pos += 2;
                    depth -= 1;
                }
                (Some(_), _) => {
                    self.bump();
                }
                (None, _) => break,
            }
        }
    }

    /// `"…"` with its escapes, from its opening quote.
    fn skip_string(&mut self) -> Tok {
        self.bump();
        while let Some(c) = self.bump() {
            match c {
                '\\' => {
                    self.bump();
                }
                '"' => break,
                _ => {}
            }
        }
        Tok::Literal
    }

    /// `'a'`, `'\n'` or `'\u{…}'`, or the lifetime `'a`, from its quote.
    fn skip_char_or_lifetime(&mut self) -> Tok {
        self.bump();
        match (self.peek(0), self.peek(1)) {
            (Some('\\'), _) => {
                self.pos += 2;
                while self.bump().is_some_and(|c| c != '\'') {}
            }
            (Some(_), Some('\'')) => self.pos += 2,
            _ => {
                while self.peek(0).is_some_and(is_word_char) {
                    self.pos += 1;
                }
            }
        }
        Tok::Literal
    }

    /// A word: an identifier, a number, or the prefix of `b"…"`, `r#"…"#`, `b'…'`, `r#ident`.
    fn word(&mut self) -> Tok {
        let start = self.pos;
        while self.peek(0).is_some_and(is_word_char) {
            self.pos += 1;
        }
        let word: String = self.chars[start..self.pos].iter().collect();
        match (word.as_str(), self.peek(0)) {
            ("b" | "c", Some('"')) => self.skip_string(),
            ("b", Some('\'')) => self.skip_char_or_lifetime(),
            ("r" | "br" | "cr", Some('"' | '#')) => self.raw_string_or_identifier(),
            _ if word.starts_with(|c: char| c.is_ascii_digit()) => Tok::Literal,
            _ => Tok::Ident(word),
        }
    }

    /// After `r`: `r"…"`, `r#"…"#` (any number of `#`), or the raw identifier `r#name`.
    fn raw_string_or_identifier(&mut self) -> Tok {
        let hashes = (0..).take_while(|&i| self.peek(i) == Some('#')).count();
        if self.peek(hashes) != Some('"') {
            self.pos += 1;
            return self.word();
        }
        self.pos += hashes + 1;
        let closing: Vec<char> = std::iter::once('"')
            .chain("#".repeat(hashes).chars())
            .collect();
        while self.pos < self.chars.len() && !self.chars[self.pos..].starts_with(&closing) {
            self.bump();
        }
        self.pos += closing.len();
        Tok::Literal
    }
}

// ---------------------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------------------

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
         — domain imports nothing of the project but messages and clock"
            .to_owned(),
        "src/posting/draft.rs:7 imports crate::routes::home \
         — nothing imports routes but routes, startup and cli; \
         services never import the web layer (routes, middleware, startup, cli)"
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
