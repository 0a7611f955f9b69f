//! The automatic checks against the labelled example posts in `tests/data`: how many of
//! each kind every check catches, and how many ordinary posts it flags by mistake. Run
//! with `--nocapture` to see the table (the figures in the moderation notes come from it).

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
                text: text.to_owned(),
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
    assert!(examples.len() >= 200, "{} examples", examples.len());
    let labels = ["crude", "negative", "leak", "ordinary"];
    let rules = [Rule::Crude, Rule::Negative, Rule::Leak, Rule::Spam];
    // counts[label][rule]: how many posts of that label the rule flagged.
    let mut counts = [[0usize; 4]; 4];
    let mut totals = [0usize; 4];
    let mut held = [0usize; 4];
    let mut missed = Vec::new();
    for example in &examples {
        let l = labels
            .iter()
            .position(|l| *l == example.label)
            .expect("known label");
        totals[l] += 1;
        let findings = checks::check(&example.text, example.staff, &thresholds);
        if findings.iter().any(|f| f.hold) {
            held[l] += 1;
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
        "{:<10} {:>6} {:>7} {:>9} {:>6} {:>6} {:>6}",
        "label", "posts", "crude", "negative", "leak", "spam", "held"
    );
    for (l, label) in labels.iter().enumerate() {
        println!(
            "{:<10} {:>6} {:>7} {:>9} {:>6} {:>6} {:>6}",
            label, totals[l], counts[l][0], counts[l][1], counts[l][2], counts[l][3], held[l]
        );
    }
    for line in &missed {
        println!("{line}");
    }
    let rate = |l: usize, r: usize| counts[l][r] as f64 / totals[l] as f64;
    // Leaks are what a retailer cannot afford to miss; the other checks only flag.
    assert!(rate(2, 2) >= 0.95, "leak catch rate {}", rate(2, 2));
    assert!(rate(0, 0) >= 0.75, "crude catch rate {}", rate(0, 0));
    assert!(rate(1, 1) >= 0.75, "negative catch rate {}", rate(1, 1));
    assert!(
        held[3] as f64 / totals[3] as f64 <= 0.02,
        "ordinary posts held: {}",
        held[3]
    );
    for r in 0..4 {
        assert!(
            rate(3, r) <= 0.03,
            "ordinary posts flagged by rule {r}: {}",
            rate(3, r)
        );
    }
}
