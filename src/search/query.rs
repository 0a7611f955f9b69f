//! What a person types into the search box, read into terms, and written out as a query
//! each engine accepts. Only letters and digits reach an engine: every word is quoted for
//! FTS5 and reduced to a bare lexeme for PostgreSQL, so no typed character is ever engine
//! syntax (`"`, `*`, `:`, `^`, `NEAR`, `AND`, parentheses…), and the text goes to the
//! database as a bound parameter.
//!
//! The language: words (all must match), `"a phrase"`, `-word` to leave out, and the
//! last word matches as a prefix while it is being typed (`monog` finds "monogrammed"),
//! unless it is a word the index knows already (see `crate::search::find`).
//!
//! A title being written reads differently ([`Query::any_in_title`]): any of its words may
//! match another post's title, so that a post sharing some of them is found and the
//! engine's ranking puts the one sharing most first; words that say nothing of the subject
//! ("how", "the", "best") are left out, since on their own they would match nearly every
//! post.

/// The longest query accepted, in characters.
pub const MAX_CHARS: usize = 200;
/// Terms beyond this many are ignored.
const MAX_TERMS: usize = 12;

/// One part of a query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Term {
    Word(String),
    /// The last word, still being typed.
    Prefix(String),
    Phrase(Vec<String>),
    Without(String),
    /// Alternatives matched in titles only: any of the words may appear in a post's title.
    AnyInTitle(Vec<String>),
}

/// A query read from what was typed.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Query {
    pub terms: Vec<Term>,
}

/// Words that say nothing of a post's subject: PostgreSQL's English stop words (so that
/// both engines leave out the same ones), the first halves of contractions ("doesn't" is
/// read as "doesn" and "t"), and what nearly every title here asks for ("best", "good",
/// "help", "wear"…).
const STOP_WORDS: &str = "\
    a about above after again against all am an and any are aren as at be because been \
    before being below best between both but by can could d did didn do does doesn doing \
    don down during each few for from further good had has have having he help her here \
    hers herself him himself his how i if in into is isn it its itself just ll m many me \
    more most much my myself need no nor not now of off on once only or other our ours \
    ourselves out over own please re s same she should so some such t than that the \
    their theirs them themselves then there these they this those through to too under \
    until up ve very was wasn we wear were what when where which while who whom why will \
    with won would you your yours yourself yourselves";

/// The words of `text`: runs of letters and digits, lowercased.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

impl Query {
    /// Reads `input` (at most [`MAX_CHARS`] characters: the caller says so beyond that).
    pub fn parse(input: &str) -> Query {
        let mut terms = Vec::new();
        let mut rest = input;
        while let Some(open) = rest.find('"') {
            Self::loose(&rest[..open], false, &mut terms);
            let after = &rest[open + 1..];
            let (inside, next) = match after.find('"') {
                Some(close) => (&after[..close], &after[close + 1..]),
                None => (after, ""),
            };
            let phrase = words(inside);
            match phrase.len() {
                0 => {}
                1 => terms.extend(phrase.into_iter().map(Term::Word)),
                _ => terms.push(Term::Phrase(phrase)),
            }
            rest = next;
        }
        let typing = !input.ends_with(char::is_whitespace) && !input.trim_end().ends_with('"');
        Self::loose(rest, typing, &mut terms);
        terms.truncate(MAX_TERMS);
        Query { terms }
    }

    /// A query for posts whose titles are like a title being written: any of the words of
    /// `text` that carry meaning (no stop words, each once, at most [`MAX_TERMS`]) may
    /// appear in a post's title. Nothing is left of an empty or stop-word-only title, and
    /// such a query is not searchable.
    pub fn any_in_title(text: &str) -> Query {
        let mut kept: Vec<String> = Vec::new();
        for word in words(text) {
            let stop = STOP_WORDS.split_whitespace().any(|s| s == word);
            if !stop && !kept.contains(&word) {
                kept.push(word);
            }
        }
        kept.truncate(MAX_TERMS);
        let terms = if kept.is_empty() {
            Vec::new()
        } else {
            vec![Term::AnyInTitle(kept)]
        };
        Query { terms }
    }

    /// Words outside quotes; the last becomes a prefix when `typing`.
    fn loose(text: &str, typing: bool, terms: &mut Vec<Term>) {
        let pieces: Vec<&str> = text.split_whitespace().collect();
        for (i, piece) in pieces.iter().enumerate() {
            let without = piece.starts_with('-');
            let found = words(piece);
            for (j, word) in found.iter().enumerate() {
                let last = i + 1 == pieces.len() && j + 1 == found.len();
                terms.push(if without {
                    Term::Without(word.clone())
                } else if last && typing {
                    Term::Prefix(word.clone())
                } else {
                    Term::Word(word.clone())
                });
            }
        }
    }

    /// The last word, when it is still being typed.
    pub fn prefix(&self) -> Option<&str> {
        self.terms.iter().find_map(|term| match term {
            Term::Prefix(word) => Some(word.as_str()),
            _ => None,
        })
    }

    /// The query with its last word taken as complete (see `crate::search::find`).
    pub fn completed(&self) -> Query {
        let terms = self
            .terms
            .iter()
            .map(|term| match term {
                Term::Prefix(word) => Term::Word(word.clone()),
                other => other.clone(),
            })
            .collect();
        Query { terms }
    }

    /// Whether the query can find anything: it needs a term that must be present.
    pub fn is_searchable(&self) -> bool {
        self.terms.iter().any(|t| !matches!(t, Term::Without(_)))
    }

    /// The FTS5 `MATCH` expression: every word quoted, so nothing typed is syntax.
    pub fn fts5(&self) -> String {
        self.fts5_asking(|w, prefix| format!("\"{w}\"{prefix}"))
    }

    /// The FTS5 `MATCH` expression for documents in either language: each word as typed,
    /// or its French stem in a French document's `stems` column (see
    /// [`crate::search::french`]).
    pub fn fts5_bilingual(&self) -> String {
        self.fts5_asking(|w, prefix| {
            format!(
                "(\"{w}\"{prefix} OR stems : \"{}\"{prefix})",
                super::french::stem(w)
            )
        })
    }

    /// The FTS5 expression with each single word (and its prefix mark, `*` or nothing)
    /// asked as `word` says; phrases and title words are asked as typed.
    fn fts5_asking(&self, word: impl Fn(&str, &str) -> String) -> String {
        let mut must = Vec::new();
        let mut not = Vec::new();
        for term in &self.terms {
            match term {
                Term::Word(w) => must.push(word(w, "")),
                Term::Prefix(w) => must.push(word(w, "*")),
                Term::Phrase(ws) => must.push(format!("\"{}\"", ws.join(" "))),
                Term::Without(w) => not.push(word(w, "")),
                Term::AnyInTitle(ws) => {
                    let quoted: Vec<String> = ws.iter().map(|w| format!("\"{w}\"")).collect();
                    must.push(format!("title : ({})", quoted.join(" OR ")));
                }
            }
        }
        let mut expression = must.join(" AND ");
        for word in not {
            expression = format!("({expression}) NOT {word}");
        }
        expression
    }

    /// The FTS5 text, in either language, that also asks for `filter_words` in the
    /// document's filter column (see [`crate::search::Filters::words`]).
    pub fn fts5_with(&self, filter_words: &[String]) -> String {
        let expression = self.fts5_bilingual();
        if filter_words.is_empty() {
            return expression;
        }
        let quoted: Vec<String> = filter_words.iter().map(|w| format!("\"{w}\"")).collect();
        format!(
            "({expression}) AND filter_words : ({})",
            quoted.join(" AND ")
        )
    }

    /// The PostgreSQL `to_tsquery('english', …)` text: bare lexemes and operators.
    pub fn tsquery(&self) -> String {
        self.terms
            .iter()
            .map(|term| match term {
                Term::Word(w) => w.clone(),
                Term::Prefix(w) => format!("{w}:*"),
                Term::Phrase(ws) => format!("({})", ws.join(" <-> ")),
                Term::Without(w) => format!("!{w}"),
                // Weight A is the title's (see the `tsv` column).
                Term::AnyInTitle(ws) => {
                    let in_title: Vec<String> = ws.iter().map(|w| format!("{w}:A")).collect();
                    format!("({})", in_title.join(" | "))
                }
            })
            .collect::<Vec<_>>()
            .join(" & ")
    }

    /// The words a person typed, for carrying over to the ask form.
    pub fn plain(&self) -> String {
        self.terms
            .iter()
            .filter_map(|term| match term {
                Term::Word(w) | Term::Prefix(w) => Some(w.clone()),
                Term::Phrase(ws) | Term::AnyInTitle(ws) => Some(ws.join(" ")),
                Term::Without(_) => None,
            })
            .collect::<Vec<_>>()
            .join(" ")
    }
}

#[cfg(test)]
mod tests {
    use super::{Query, Term};

    fn w(s: &str) -> Term {
        Term::Word(s.to_owned())
    }

    #[test]
    fn words_phrases_exclusions_and_the_last_word_typed() {
        let q = Query::parse("Ironing \"linen shirts\" -wool coll");
        assert_eq!(
            q.terms,
            vec![
                w("ironing"),
                Term::Phrase(vec!["linen".into(), "shirts".into()]),
                Term::Without("wool".into()),
                Term::Prefix("coll".into()),
            ]
        );
        assert_eq!(
            q.fts5(),
            "(\"ironing\" AND \"linen shirts\" AND \"coll\"*) NOT \"wool\""
        );
        assert_eq!(q.tsquery(), "ironing & (linen <-> shirts) & !wool & coll:*");
        assert_eq!(Query::parse("collar ").terms, vec![w("collar")]);
    }

    #[test]
    fn filter_words_are_asked_of_their_own_column() {
        let query = Query::parse("linen -wool");
        assert_eq!(query.fts5_with(&[]), query.fts5_bilingual());
        assert_eq!(
            query.fts5_with(&["kindquestion0".to_owned(), "area7".to_owned()]),
            "(((\"linen\" OR stems : \"linen\")) NOT (\"wool\" OR stems : \"wool\")) \
             AND filter_words : (\"kindquestion0\" AND \"area7\")"
        );
    }

    #[test]
    fn engine_syntax_is_never_passed_through() {
        for input in [
            "\"",
            "*",
            "a:b",
            "^x",
            "NEAR(a b)",
            "a AND b OR (c",
            "-",
            "'; DROP TABLE users; --",
            "\"unbalanced",
            "🧵 👔",
            "שלום עולם",
            "a\u{0}b",
        ] {
            let (q, any) = (Query::parse(input), Query::any_in_title(input));
            for text in [q.fts5(), q.tsquery(), any.fts5(), any.tsquery()] {
                let stripped: String = text
                    .chars()
                    .filter(|c| !c.is_alphanumeric() && !" \"()*:!&|<->".contains(*c))
                    .collect();
                assert!(stripped.is_empty(), "{input:?} gave {text:?}");
            }
        }
        assert!(!Query::parse("-").is_searchable());
        assert!(!Query::parse("-wool").is_searchable());
        assert!(!Query::parse("🧵").is_searchable());
        assert!(Query::parse("שלום").is_searchable());
    }

    #[test]
    fn a_title_becomes_any_of_its_meaningful_words_in_titles() {
        let q = Query::any_in_title("How do I iron a shirt? Iron, or steam?");
        assert_eq!(
            q.terms,
            vec![Term::AnyInTitle(vec![
                "iron".into(),
                "shirt".into(),
                "steam".into()
            ])]
        );
        assert_eq!(q.fts5(), "title : (\"iron\" OR \"shirt\" OR \"steam\")");
        assert_eq!(q.tsquery(), "(iron:A | shirt:A | steam:A)");
        assert_eq!(q.plain(), "iron shirt steam");
        assert!(q.is_searchable());
    }

    #[test]
    fn a_title_of_stop_words_alone_finds_nothing() {
        for title in ["", "   ", "What is the best?", "How should I do it?", "?!…"] {
            let q = Query::any_in_title(title);
            assert!(!q.is_searchable(), "{title:?}");
            assert_eq!(q.fts5(), "", "{title:?}");
        }
    }
}
