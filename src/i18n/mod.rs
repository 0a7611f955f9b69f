//! The interface in the reader's language: which languages Parlour speaks, how a request's
//! language is chosen, and the catalogue every sentence comes from.
//!
//! Sentences live in Project Fluent catalogues, one folder per language under
//! `src/i18n/locales/`, one file per part of the site; British English is the source and
//! every other language has the same files and keys (a test compares them). Fluent picks
//! the plural form by the language's own rules ("1 réponse", "2 réponses", and "0 réponse"
//! in French), and numbers are written with the language's separators ("1,234.5" and
//! "1 234,5").
//!
//! A request's language is, in order: `?lang=` in the address (the footer's switch, so a
//! visitor needs no second cookie and a cache keys the page by its address); the member's
//! choice on `/account`; the browser's `Accept-Language`; the site's default, chosen by an
//! admin with the brand. User-written text is never translated.
//!
//! Adding a language: see the README ("Adding a language").

mod catalogue;
pub mod detect;
mod lang;
mod numbers;
mod url;

pub use catalogue::{Arg, FILES, Key, Text, keys_of};
pub use lang::{Chosen, Lang, LangSource};
pub use numbers::format_number;
pub use url::{carry_lang, with_lang, with_lang_in_header};
