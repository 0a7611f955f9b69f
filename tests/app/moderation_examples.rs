//! The automatic checks against the labelled example posts in `tests/data`: how many of
//! each kind every check catches, and how many ordinary posts it flags by mistake. Run
//! with `--nocapture` to see the table (the README's table is its output).

use parlour::moderation::checks::{self, Rule, Thresholds};

struct Example {
    label: String,
    staff: bool,
    text: String,
}

fn examples() -> Vec<Example> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/moderation_corpus.tsv"
    );
    std::fs::read_to_string(path)
        .expect("the labelled examples")
        .lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .map(|line| {
            let mut fields = line.splitn(3, '\t');
            let (label, author, text) = (
                fields.next().unwrap(),
                fields.next().unwrap(),
                fields.next().unwrap(),
            );
            Example {
                label: label.to_owned(),
                staff: author == "staff",
                // "\n" in the file is a line break in the post (Markdown lists, paragraphs).
                text: text.replace("\\n", "\n"),
            }
        })
        .collect()
}

#[test]
fn the_checks_catch_the_labelled_examples_and_spare_ordinary_posts() {
    let thresholds = Thresholds {
        confidential_terms: [
            "Project Kestrel",
            "Bluebird",
            "StockPilot",
            "HX-200",
            "Northgate migration",
        ]
        .map(str::to_owned)
        .to_vec(),
        ..Thresholds::default()
    };
    let examples = examples();
    assert!(examples.len() >= 300, "{} examples", examples.len());
    // Ordinary posts are counted apart by author: staff posts meet other rules (leaks).
    let rows = [
        "crude",
        "negative",
        "leak",
        "ordinary member",
        "ordinary staff",
    ];
    let rules = [Rule::Crude, Rule::Negative, Rule::Leak, Rule::Spam];
    // counts[row][rule]: how many posts of that row the rule flagged.
    let mut counts = [[0usize; 4]; 5];
    let mut totals = [0usize; 5];
    let mut held = [0usize; 5];
    let mut untouched = [0usize; 5];
    let mut missed = Vec::new();
    for example in &examples {
        let row = match example.label.as_str() {
            "ordinary" if example.staff => "ordinary staff",
            "ordinary" => "ordinary member",
            other => other,
        };
        let l = rows.iter().position(|r| *r == row).expect("known label");
        totals[l] += 1;
        let findings = checks::check(&example.text, example.staff, &thresholds);
        if findings.iter().any(|f| f.hold) {
            held[l] += 1;
        }
        if findings.is_empty() {
            untouched[l] += 1;
        }
        for (r, rule) in rules.iter().enumerate() {
            if findings.iter().any(|f| f.rule == *rule) {
                counts[l][r] += 1;
            }
        }
        let wanted = match example.label.as_str() {
            "crude" => Some(Rule::Crude),
            "negative" => Some(Rule::Negative),
            "leak" => Some(Rule::Leak),
            _ => None,
        };
        match wanted {
            Some(rule) if !findings.iter().any(|f| f.rule == rule) => {
                missed.push(format!("missed {}: {}", example.label, example.text));
            }
            None if !findings.is_empty() => {
                missed.push(format!("flagged ordinary: {} {:?}", example.text, findings));
            }
            _ => {}
        }
    }
    println!(
        "| {:<15} | {:>5} | {:>5} | {:>8} | {:>4} | {:>4} | {:>4} | {:>9} |",
        "label", "posts", "crude", "negative", "leak", "spam", "held", "untouched"
    );
    for (l, row) in rows.iter().enumerate() {
        println!(
            "| {:<15} | {:>5} | {:>5} | {:>8} | {:>4} | {:>4} | {:>4} | {:>9} |",
            row,
            totals[l],
            counts[l][0],
            counts[l][1],
            counts[l][2],
            counts[l][3],
            held[l],
            untouched[l]
        );
    }
    for line in &missed {
        println!("{line}");
    }
    let share = |n: usize, l: usize| n as f64 / totals[l] as f64;
    // The targets: leaks held, crude and negative posts flagged, ordinary posts untouched.
    assert!(
        share(held[2], 2) >= 0.99,
        "leaks held {}",
        share(held[2], 2)
    );
    assert!(
        share(counts[0][0], 0) >= 0.95,
        "crude flagged {}",
        share(counts[0][0], 0)
    );
    assert!(
        share(counts[1][1], 1) >= 0.90,
        "negative flagged {}",
        share(counts[1][1], 1)
    );
    for l in [3, 4] {
        assert!(
            share(untouched[l], l) >= 0.97,
            "{} untouched {}",
            rows[l],
            share(untouched[l], l)
        );
    }
}
