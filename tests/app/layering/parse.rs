//! Reading the imports of one file: `use` trees to their leaves, inline `crate::` paths,
//! made absolute, leaving out test items.

use super::graph::{Import, Kind};
use super::lexer::{Tok, Token, tokenize};

/// The project paths a file imports, made absolute. `module` is the file's module path;
/// `is_child` says whether a name is one of its submodules (`use child::Item;`).
pub(super) fn imports(
    source: &str,
    module: &[String],
    is_child: &dyn Fn(&str) -> bool,
) -> Vec<Import> {
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
pub(super) type RawImport = (usize, Vec<String>, Kind);

/// `crate::…`, `self::…`, `super::…` or `child::…` made absolute (without `crate`); `None`
/// for another crate's path.
pub(super) fn absolute(
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

pub(super) fn starts_use(tokens: &[Token], i: usize) -> bool {
    // `use<'a>` in a return type is not an import.
    let path_follows = tokens
        .get(i + 1)
        .is_some_and(|next| matches!(next.tok, Tok::Ident(_) | Tok::PathSep) || next.tok.is("{"));
    tokens[i].tok.is("use") && path_follows
}

pub(super) fn read_use(tokens: &[Token], i: usize, found: &mut Vec<RawImport>) -> usize {
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
pub(super) fn is_public(tokens: &[Token], i: usize) -> bool {
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
pub(super) fn read_use_tree(
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
pub(super) fn read_use_group(
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
pub(super) fn starts_inline_path(tokens: &[Token], i: usize) -> bool {
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

pub(super) fn read_inline_path(tokens: &[Token], i: usize, found: &mut Vec<RawImport>) -> usize {
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
pub(super) fn without_test_items(tokens: Vec<Token>) -> Vec<Token> {
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
pub(super) fn end_of_item(tokens: &[Token], start: usize) -> usize {
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
