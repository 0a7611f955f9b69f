//! The rules applied to the imports, the cycles between files, and the source tree's files
//! and modules.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::io;
use std::path::Path;

use super::*;

/// The project paths one file imports.
pub(super) struct FileImports {
    /// Relative to `src/`, with `/` between folders.
    pub(super) file: String,
    pub(super) imports: Vec<Import>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Import {
    pub(super) line: usize,
    /// The absolute path without the leading `crate`.
    pub(super) path: Vec<String>,
    pub(super) kind: Kind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    Use,
    /// `pub use` or `pub(…) use`: a re-export.
    PubUse,
    /// A `crate::…` path written in code.
    Inline,
}

pub(super) fn floor_violations(files: &[FileImports]) -> Vec<Violation> {
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

pub(super) fn violation(file: &str, import: &Import, reason: String) -> Violation {
    Violation {
        file: format!("src/{file}"),
        line: import.line,
        path: format!("crate::{}", import.path.join("::")),
        reason,
    }
}

/// An import from one file (by index) of another.
pub(super) struct Edge<'a> {
    pub(super) from: usize,
    pub(super) to: usize,
    pub(super) import: &'a Import,
}

pub(super) fn cycle_violations(tree: &Tree, files: &[FileImports]) -> Vec<Violation> {
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
pub(super) fn dependency_edges<'a>(tree: &Tree, files: &'a [FileImports]) -> Vec<Edge<'a>> {
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

pub(super) fn is_submodule(module: &[String], of: &[String]) -> bool {
    module.len() > of.len() && module.starts_with(of)
}

/// The strongly connected components of more than one node (Tarjan), each sorted, in order.
pub(super) fn strongly_connected(graph: &[Vec<usize>]) -> Vec<Vec<usize>> {
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

pub(super) struct Tarjan<'g> {
    pub(super) graph: &'g [Vec<usize>],
    /// The order in which each node was first visited.
    pub(super) order: Vec<Option<usize>>,
    /// The earliest node on the stack each node reaches.
    pub(super) low: Vec<usize>,
    pub(super) on_stack: Vec<bool>,
    pub(super) stack: Vec<usize>,
    pub(super) next: usize,
    pub(super) components: Vec<Vec<usize>>,
}

impl Tarjan<'_> {
    pub(super) fn visit(&mut self, node: usize) {
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

/// The `.rs` files of a source folder, relative to it, with `/` between folders.
pub(super) struct Tree {
    pub(super) files: BTreeSet<String>,
}

impl Tree {
    /// The file that defines `path`: the deepest existing `a/b.rs` or `a/b/mod.rs` along it,
    /// else the crate root.
    pub(super) fn resolve(&self, path: &[String]) -> Option<&str> {
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
    pub(super) fn has_child(&self, module: &[String], name: &str) -> bool {
        let mut path = module.to_vec();
        path.push(name.to_owned());
        let stem = path.join("/");
        self.files.contains(&format!("{stem}.rs")) || self.files.contains(&format!("{stem}/mod.rs"))
    }
}

pub(super) fn rust_files(src_dir: &Path) -> io::Result<BTreeSet<String>> {
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
pub(super) fn module_path(file: &str) -> Vec<String> {
    let stem = file.strip_suffix(".rs").unwrap_or(file);
    let mut path: Vec<String> = stem.split('/').map(String::from).collect();
    if path.last().is_some_and(|last| last == "mod") || matches!(stem, "lib" | "main") {
        path.pop();
    }
    path
}

/// The first segment of a file's module path.
pub(super) fn floor(file: &str) -> &str {
    let stem = file.strip_suffix(".rs").unwrap_or(file);
    match stem.split('/').next() {
        Some("lib" | "main") if !stem.contains('/') => "",
        Some(first) => first,
        None => "",
    }
}
