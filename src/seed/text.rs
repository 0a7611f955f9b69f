//! Generated words for the large community: a menswear shop's vocabulary for the common
//! words, and made-up words for the long tail, drawn with Zipf's law as real text is (a few
//! words everywhere, most words rare), so that searches for a common word, a rare word and
//! a phrase meet the index as they would in a real community. Deterministic: the same seed
//! gives the same community.

use super::random::Random;

/// The shop's own words, most frequent first.
const COMMON: &[&str] = &[
    "shirt",
    "collar",
    "wool",
    "linen",
    "cotton",
    "suit",
    "jacket",
    "trousers",
    "shoes",
    "size",
    "fit",
    "colour",
    "fabric",
    "wash",
    "iron",
    "sleeve",
    "button",
    "tie",
    "leather",
    "boots",
    "coat",
    "knit",
    "jumper",
    "cuff",
    "navy",
    "grey",
    "brown",
    "black",
    "white",
    "blue",
    "tweed",
    "flannel",
    "denim",
    "chinos",
    "blazer",
    "waistcoat",
    "lapel",
    "pocket",
    "hem",
    "seam",
    "stitch",
    "tailor",
    "alteration",
    "length",
    "width",
    "shoulder",
    "chest",
    "waist",
    "inseam",
    "polish",
    "brogues",
    "loafers",
    "laces",
    "sole",
    "heel",
    "welt",
    "socks",
    "belt",
    "buckle",
    "scarf",
    "gloves",
    "hat",
    "cap",
    "umbrella",
    "wedding",
    "office",
    "weekend",
    "summer",
    "winter",
    "autumn",
    "spring",
    "rain",
    "travel",
    "pack",
    "fold",
    "steam",
    "press",
    "crease",
    "stain",
    "shrink",
    "dry",
    "clean",
    "care",
    "store",
    "hanger",
    "moth",
    "cedar",
    "brush",
    "lint",
    "pill",
    "fade",
    "soften",
    "break",
    "stretch",
    "order",
    "return",
    "exchange",
    "delivery",
    "parcel",
    "gift",
    "voucher",
    "sale",
    "price",
    "quality",
    "comfortable",
    "warm",
    "light",
    "heavy",
    "soft",
    "smart",
    "casual",
    "formal",
    "classic",
    "modern",
    "slim",
    "regular",
    "relaxed",
    "tapered",
    "long",
    "short",
    "wide",
    "narrow",
    "tall",
    "small",
    "large",
    "medium",
    "new",
    "old",
    "favourite",
    "perfect",
    "recommend",
    "choose",
    "wear",
    "match",
    "pair",
    "layer",
    "measure",
    "buy",
    "try",
];

/// Words every text has, as glue between the shop's words.
const GLUE: &[&str] = &[
    "the", "a", "and", "with", "for", "my", "your", "this", "that", "is", "was", "it", "on", "in",
    "of", "to", "at", "but", "or", "when", "how", "which", "what", "should", "would", "can",
    "does", "best", "really", "very", "also", "just", "after", "before", "every",
];

/// How a question's title begins.
const OPENINGS: &[&str] = &["How do I", "Which", "What is the best", "Can I", "Should I"];

const SYLLABLES: &[&str] = &[
    "bra", "ken", "tor", "vel", "mos", "lin", "dar", "quin", "sel", "rho", "fen", "gal", "bur",
    "tis", "lom", "ver", "cas", "nid", "por", "wen", "hal", "zet", "mur", "cle",
];

/// How many made-up words the long tail has: with the shop's words, a vocabulary of about
/// a hundred thousand, so that the rarest words are in a few dozen posts of a million.
const TAIL: usize = 100_000;

/// Added to every rank before weighing it: real text's commonest words are the glue, so
/// the shop's commonest word is in about a post in six, not in every one.
const RANK_OFFSET: f64 = 30.0;

/// The vocabulary, ordered by rank, and the cumulative Zipf weights to draw from it.
pub struct Words {
    words: Vec<String>,
    cumulative: Vec<f64>,
}

impl Words {
    pub fn new() -> Self {
        let mut words: Vec<String> = COMMON.iter().map(|w| (*w).to_owned()).collect();
        // Made-up words of two syllables or more: every syllable has three letters, so
        // each number spells a different word.
        let base = SYLLABLES.len();
        words.extend((base..base + TAIL).map(|mut n| {
            let mut word = String::new();
            while n > 0 {
                word.push_str(SYLLABLES[n % base]);
                n /= base;
            }
            word
        }));
        let mut total = 0.0;
        let cumulative = (0..words.len())
            .map(|rank| {
                total += 1.0 / (rank as f64 + RANK_OFFSET);
                total
            })
            .collect();
        Words { words, cumulative }
    }

    /// The word of rank `rank` (0: the most frequent).
    pub fn ranked(&self, rank: usize) -> &str {
        &self.words[rank.min(self.words.len() - 1)]
    }

    /// A word drawn by its Zipf weight.
    pub fn draw(&self, random: &mut Random) -> &str {
        let total = self.cumulative.last().copied().unwrap_or(1.0);
        let target = random.unit() * total;
        let rank = self.cumulative.partition_point(|c| *c < target);
        self.ranked(rank)
    }

    /// A sentence of `low..=high` words: shop words drawn by weight, glued together.
    pub fn sentence(&self, random: &mut Random, low: u64, high: u64) -> String {
        let count = random.between(low, high);
        let mut text = String::new();
        for i in 0..count {
            if i > 0 {
                text.push(' ');
            }
            let word = if random.chance(400) {
                random.pick(GLUE)
            } else {
                self.draw(random)
            };
            if i == 0 {
                capitalise_into(&mut text, word);
            } else {
                text.push_str(word);
            }
        }
        text.push('.');
        text
    }

    /// Paragraphs of sentences, as Markdown.
    pub fn paragraphs(&self, random: &mut Random, low: u64, high: u64) -> String {
        let count = random.between(low, high);
        let mut text = String::new();
        for p in 0..count {
            if p > 0 {
                text.push_str("\n\n");
            }
            for s in 0..random.between(2, 4) {
                if s > 0 {
                    text.push(' ');
                }
                text.push_str(&self.sentence(random, 6, 16));
            }
        }
        text
    }

    /// A title of a few words; `question` ones are asked.
    pub fn title(&self, random: &mut Random, question: bool) -> String {
        let mut title = String::new();
        if question {
            title.push_str(random.pick(OPENINGS));
            title.push(' ');
        }
        for i in 0..random.between(3, 6) {
            if i > 0 {
                title.push(' ');
            }
            let word = self.draw(random);
            if title.is_empty() {
                capitalise_into(&mut title, word);
            } else {
                title.push_str(word);
            }
        }
        if question {
            title.push('?');
        }
        title
    }
}

impl Default for Words {
    fn default() -> Self {
        Words::new()
    }
}

fn capitalise_into(text: &mut String, word: &str) {
    let mut chars = word.chars();
    if let Some(first) = chars.next() {
        text.extend(first.to_uppercase());
        text.push_str(chars.as_str());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_gives_the_same_text_and_common_words_come_first() {
        let words = Words::new();
        let text = |seed| words.paragraphs(&mut Random::new(seed), 2, 3);
        assert_eq!(text(7), text(7));
        assert_ne!(text(7), text(8));
        let mut random = Random::new(1);
        let draws: Vec<&str> = (0..40_000).map(|_| words.draw(&mut random)).collect();
        let count = |w: &str| draws.iter().filter(|d| **d == w).count();
        // The first word is about one drawn word in 250, the 50,000th one in 400,000.
        assert!(count("shirt") > 40, "{}", count("shirt"));
        assert!(count("shirt") > count(words.ranked(60)));
        assert!(count(words.ranked(50_000)) < 3);
        assert!(words.ranked(COMMON.len() + 100).len() >= 6, "made-up words");
    }
}
