//! A small tokenizer: words, punctuation and lines, without comments and literals.

#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Tok {
    Ident(String),
    /// `::`
    PathSep,
    Punct(char),
    /// A string, character or number literal, or a lifetime: nothing to read inside.
    Literal,
}

impl Tok {
    pub(super) fn is(&self, text: &str) -> bool {
        match self {
            Tok::Ident(name) => name == text,
            Tok::PathSep => text == "::",
            Tok::Punct(c) => text.chars().eq([*c]),
            Tok::Literal => false,
        }
    }
}

#[derive(Debug, Clone)]
pub(super) struct Token {
    pub(super) tok: Tok,
    pub(super) line: usize,
}

/// The tokens of a source file, without comments, each with its line (from 1).
pub(super) fn tokenize(source: &str) -> Vec<Token> {
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

pub(super) struct Lexer {
    pub(super) chars: Vec<char>,
    pub(super) pos: usize,
    pub(super) line: usize,
}

pub(super) fn is_word_char(c: char) -> bool {
    c == '_' || c.is_alphanumeric()
}

impl Lexer {
    pub(super) fn peek(&self, ahead: usize) -> Option<char> {
        self.chars.get(self.pos + ahead).copied()
    }

    pub(super) fn bump(&mut self) -> Option<char> {
        let c = self.peek(0)?;
        self.pos += 1;
        if c == '\n' {
            self.line += 1;
        }
        Some(c)
    }

    /// Reads what starts with `c`: a token, or `None` for white space and comments.
    pub(super) fn token(&mut self, c: char) -> Option<Tok> {
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
    pub(super) fn skip_block_comment(&mut self) {
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
    pub(super) fn skip_string(&mut self) -> Tok {
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
    pub(super) fn skip_char_or_lifetime(&mut self) -> Tok {
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
    pub(super) fn word(&mut self) -> Tok {
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
    pub(super) fn raw_string_or_identifier(&mut self) -> Tok {
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
