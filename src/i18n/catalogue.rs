//! The catalogues, compiled into the binary and parsed once, and the lookup every
//! sentence goes through.

use std::borrow::Cow;
use std::collections::HashSet;
use std::sync::{LazyLock, Mutex};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use super::Lang;
use super::numbers::fluent_number;

/// The catalogue's files: every language has each of them, under
/// `src/i18n/locales/<tag>/<name>.ftl`.
macro_rules! catalogue_files {
    ($($name:literal),* $(,)?) => {
        /// The names of the catalogue's files.
        pub const FILES: &[&str] = &[$($name),*];

        /// Each file's text in `lang`.
        fn sources(lang: Lang) -> &'static [&'static str] {
            match lang {
                Lang::EnGb => &[$(include_str!(concat!("locales/en-GB/", $name, ".ftl"))),*],
                Lang::Fr => &[$(include_str!(concat!("locales/fr/", $name, ".ftl"))),*],
            }
        }
    };
}

catalogue_files!(
    "common",
    "messages",
    "mail",
    "notifications",
    "account",
    "admin",
    "blog",
    "experts",
    "ideas",
    "moderation",
);

struct Catalogue {
    bundles: Vec<(Lang, FluentBundle<FluentResource>)>,
}

static CATALOGUE: LazyLock<Catalogue> = LazyLock::new(|| Catalogue {
    bundles: Lang::ALL.iter().map(|&lang| (lang, bundle(lang))).collect(),
});

/// Keys already reported missing, so each is logged once.
static REPORTED: LazyLock<Mutex<HashSet<(Lang, String)>>> =
    LazyLock::new(|| Mutex::new(HashSet::new()));

fn bundle(lang: Lang) -> FluentBundle<FluentResource> {
    let locale = lang.tag().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![locale]);
    // Pages are HTML with a direction of their own; the isolation marks Fluent would put
    // around every argument only get in the way of copying and searching text.
    bundle.set_use_isolating(false);
    // NUMBER() with its options (`minimumFractionDigits`), then written by our formatter.
    if let Err(e) = bundle.add_builtins() {
        tracing::error!(lang = lang.tag(), ?e, "catalogue functions not added");
    }
    bundle.set_formatter(Some(match lang {
        Lang::EnGb => |v, _| fluent_number(Lang::EnGb, v),
        Lang::Fr => |v, _| fluent_number(Lang::Fr, v),
    }));
    for source in sources(lang) {
        let resource = match FluentResource::try_new((*source).to_owned()) {
            Ok(resource) => resource,
            Err((resource, errors)) => {
                tracing::error!(
                    lang = lang.tag(),
                    ?errors,
                    "catalogue file has syntax errors"
                );
                resource
            }
        };
        if let Err(errors) = bundle.add_resource(resource) {
            tracing::error!(lang = lang.tag(), ?errors, "catalogue key defined twice");
        }
    }
    bundle
}

impl Catalogue {
    fn bundle(&self, lang: Lang) -> &FluentBundle<FluentResource> {
        // Every language is in `bundles`, built from `Lang::ALL`.
        &self
            .bundles
            .iter()
            .find(|(l, _)| *l == lang)
            .unwrap_or(&self.bundles[0])
            .1
    }

    fn format(&self, lang: Lang, key: &str, args: Option<&FluentArgs>) -> String {
        let found = self.lookup(lang, key, args);
        if let Some(text) = found {
            return text;
        }
        report_missing(lang, key);
        if lang != Lang::EnGb
            && let Some(text) = self.lookup(Lang::EnGb, key, args)
        {
            return text;
        }
        key.to_owned()
    }

    fn lookup(&self, lang: Lang, key: &str, args: Option<&FluentArgs>) -> Option<String> {
        let bundle = self.bundle(lang);
        let pattern = bundle.get_message(key)?.value()?;
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errors);
        if !errors.is_empty() {
            tracing::warn!(
                lang = lang.tag(),
                key,
                ?errors,
                "catalogue message did not format cleanly"
            );
        }
        Some(text.into_owned())
    }
}

fn report_missing(lang: Lang, key: &str) {
    let Ok(mut reported) = REPORTED.lock() else {
        return;
    };
    if reported.insert((lang, key.to_owned())) {
        tracing::warn!(
            lang = lang.tag(),
            key,
            "catalogue key missing; showing English"
        );
    }
}

/// The keys a language's catalogue defines (for the test that compares languages).
pub fn keys_of(lang: Lang) -> Vec<String> {
    let mut keys = Vec::new();
    for source in sources(lang) {
        let resource = match FluentResource::try_new((*source).to_owned()) {
            Ok(r) | Err((r, _)) => r,
        };
        for entry in resource.entries() {
            if let fluent_syntax::ast::Entry::Message(message) = entry {
                keys.push(message.id.name.to_owned());
            }
        }
    }
    keys
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stored_sentence_is_said_in_each_readers_language() {
        let text = Text::new("count-answers").count("count", 2);
        let back = Text::from_stored(&text.stored());
        assert_eq!(back.say(Lang::EnGb), "2 answers");
        assert_eq!(back.say(Lang::Fr), "2 réponses");
        assert_eq!(
            Text::from_stored("Older words").say(Lang::Fr),
            "Older words"
        );
        assert_eq!(
            Text::from_stored("{\"k\": broken").say(Lang::Fr),
            "{\"k\": broken"
        );
    }

    #[test]
    fn plurals_and_numbers_follow_each_language() {
        assert_eq!(Lang::Fr.t1("count-answers", "count", 1), "1 réponse");
        assert_eq!(Lang::Fr.t1("count-answers", "count", 0), "0 réponse");
        assert_eq!(Lang::EnGb.t1("count-answers", "count", 0), "0 answers");
        assert_eq!(
            Lang::Fr.t1("count-answers", "count", 1234),
            "1\u{202f}234 réponses"
        );
        assert_eq!(Lang::EnGb.t1("count-votes", "count", 1234), "1,234 votes");
        // NUMBER() and its options, written each language's way.
        let sentiment = Text::new("moderation-sentiment")
            .count("score", -0.8)
            .count("threshold", 0.5);
        assert_eq!(
            sentiment.say(Lang::EnGb),
            "sentiment score -0.80 (flagged at -0.50 or below)"
        );
        assert_eq!(
            sentiment.say(Lang::Fr),
            "score de tonalité -0,80 (signalé à -0,50 ou en dessous)"
        );
    }

    #[test]
    fn a_missing_key_falls_back_to_english_then_to_the_key() {
        assert_eq!(Lang::Fr.t("no-such-key"), "no-such-key");
    }
}

/// A value a sentence takes: a name, a title, a count.
pub trait Arg {
    fn to_value(&self) -> FluentValue<'static>;
}

impl Arg for str {
    fn to_value(&self) -> FluentValue<'static> {
        FluentValue::String(Cow::Owned(self.to_owned()))
    }
}

impl Arg for String {
    fn to_value(&self) -> FluentValue<'static> {
        self.as_str().to_value()
    }
}

impl<T: Arg + ?Sized> Arg for &T {
    fn to_value(&self) -> FluentValue<'static> {
        (**self).to_value()
    }
}

macro_rules! number_args {
    ($($t:ty),*) => {$(
        impl Arg for $t {
            fn to_value(&self) -> FluentValue<'static> {
                FluentValue::from(*self)
            }
        }
    )*};
}
number_args!(i32, i64, u32, u64, usize, f64);

/// A sentence to be said in the reader's language: a catalogue key and its values. Built
/// where the words are decided (a check, a handler), said where the reader is known.
#[derive(Debug, Clone, PartialEq)]
pub struct Text {
    key: Cow<'static, str>,
    args: Vec<(Cow<'static, str>, TextArg)>,
    /// Words already written out (user-written text, or a sentence not yet in the
    /// catalogue): said as they are in every language.
    literal: bool,
}

#[derive(Debug, Clone, PartialEq)]
enum TextArg {
    Text(String),
    Number(f64),
    /// A sentence of its own, said in the same language first.
    Said(Box<Text>),
}

impl Text {
    pub fn new(key: &'static str) -> Self {
        Self {
            key: Cow::Borrowed(key),
            args: Vec::new(),
            literal: false,
        }
    }

    /// Words said as they are, whatever the reader's language.
    pub fn literal(words: impl Into<String>) -> Self {
        Self {
            key: Cow::Owned(words.into()),
            args: Vec::new(),
            literal: true,
        }
    }

    /// Adds a word or name.
    pub fn with(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.args
            .push((Cow::Borrowed(name), TextArg::Text(value.into())));
        self
    }

    /// Adds a sentence of its own (said in the reader's language too).
    pub fn with_text(mut self, name: &'static str, value: Text) -> Self {
        self.args
            .push((Cow::Borrowed(name), TextArg::Said(Box::new(value))));
        self
    }

    /// Adds a number (it chooses the plural form).
    pub fn count(mut self, name: &'static str, value: impl Into<f64>) -> Self {
        self.args
            .push((Cow::Borrowed(name), TextArg::Number(value.into())));
        self
    }

    pub fn key(&self) -> &str {
        &self.key
    }

    /// The sentence as kept in the database (an audit entry's details, a notification),
    /// so that each reader is told it in their own language: `{"k":key,"a":{name:value}}`,
    /// or the words themselves for a literal.
    pub fn stored(&self) -> String {
        if self.literal {
            return self.key.clone().into_owned();
        }
        let args: serde_json::Map<String, serde_json::Value> = self
            .args
            .iter()
            .map(|(name, value)| {
                let value = match value {
                    TextArg::Text(s) => serde_json::Value::from(s.as_str()),
                    TextArg::Number(n) => serde_json::Value::from(*n),
                    TextArg::Said(t) => serde_json::from_str(&t.stored())
                        .unwrap_or_else(|_| serde_json::Value::from(t.stored())),
                };
                (name.clone().into_owned(), value)
            })
            .collect();
        serde_json::json!({ "k": self.key, "a": args }).to_string()
    }

    /// A sentence read back from the database: a stored key and values, or (for rows
    /// written before the catalogue, or literal words) the words as they are.
    pub fn from_stored(stored: &str) -> Self {
        #[derive(serde::Deserialize)]
        struct Stored {
            k: String,
            #[serde(default)]
            a: serde_json::Map<String, serde_json::Value>,
        }
        let parsed = stored
            .starts_with('{')
            .then(|| serde_json::from_str::<Stored>(stored).ok())
            .flatten();
        let Some(parsed) = parsed else {
            return Self::literal(stored);
        };
        let args = parsed
            .a
            .into_iter()
            .map(|(name, value)| {
                let value = match value {
                    serde_json::Value::Number(n) => TextArg::Number(n.as_f64().unwrap_or_default()),
                    serde_json::Value::String(s) => TextArg::Text(s),
                    nested @ serde_json::Value::Object(_) => {
                        TextArg::Said(Box::new(Text::from_stored(&nested.to_string())))
                    }
                    other => TextArg::Text(other.to_string()),
                };
                (Cow::Owned(name), value)
            })
            .collect();
        Self {
            key: Cow::Owned(parsed.k),
            args,
            literal: false,
        }
    }

    /// The sentence in `lang`.
    pub fn say(&self, lang: Lang) -> String {
        if self.literal {
            return self.key.clone().into_owned();
        }
        let args = (!self.args.is_empty()).then(|| {
            let mut args = FluentArgs::new();
            for (name, value) in &self.args {
                match value {
                    TextArg::Text(s) => args.set(name.clone(), FluentValue::from(s.clone())),
                    TextArg::Number(n) => args.set(name.clone(), FluentValue::from(*n)),
                    TextArg::Said(t) => args.set(name.clone(), FluentValue::from(t.say(lang))),
                }
            }
            args
        });
        CATALOGUE.format(lang, &self.key, args.as_ref())
    }
}

impl From<&str> for Text {
    fn from(words: &str) -> Self {
        Self::literal(words)
    }
}

impl From<&String> for Text {
    fn from(words: &String) -> Self {
        Self::literal(words.as_str())
    }
}

impl From<String> for Text {
    fn from(words: String) -> Self {
        Self::literal(words)
    }
}

/// A catalogue key, named where a sentence is decided (`messages::USERNAME_TAKEN`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key(pub &'static str);

impl Key {
    /// The sentence in `lang`.
    pub fn say(self, lang: Lang) -> String {
        lang.t(self.0)
    }
}

impl From<Key> for Text {
    fn from(key: Key) -> Self {
        Self::new(key.0)
    }
}

impl Lang {
    /// The catalogue's sentence `key`.
    pub fn t(&self, key: &str) -> String {
        CATALOGUE.format(*self, key, None)
    }

    /// The sentence `key` with one value.
    pub fn t1(&self, key: &str, name: &str, value: impl Arg) -> String {
        let mut args = FluentArgs::new();
        args.set(name.to_owned(), value.to_value());
        CATALOGUE.format(*self, key, Some(&args))
    }

    /// The sentence `key` with two values.
    pub fn t2(&self, key: &str, n1: &str, v1: impl Arg, n2: &str, v2: impl Arg) -> String {
        let mut args = FluentArgs::new();
        args.set(n1.to_owned(), v1.to_value());
        args.set(n2.to_owned(), v2.to_value());
        CATALOGUE.format(*self, key, Some(&args))
    }

    /// The sentence `key` with three values.
    #[allow(clippy::too_many_arguments)]
    pub fn t3(
        &self,
        key: &str,
        n1: &str,
        v1: impl Arg,
        n2: &str,
        v2: impl Arg,
        n3: &str,
        v3: impl Arg,
    ) -> String {
        let mut args = FluentArgs::new();
        args.set(n1.to_owned(), v1.to_value());
        args.set(n2.to_owned(), v2.to_value());
        args.set(n3.to_owned(), v3.to_value());
        CATALOGUE.format(*self, key, Some(&args))
    }

    /// A said [`Text`].
    pub fn text(&self, text: &Text) -> String {
        text.say(*self)
    }
}
