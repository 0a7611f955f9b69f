//! The demo Ask the Experts: areas, expert profiles, and questions in every state —
//! answered by an expert and accepted, answered by members, and still waiting. The French
//! desk (`super::fr::experts`) uses the same types, item for item.

use std::collections::HashMap;

use chrono::{Duration, NaiveDateTime};

use crate::db::DbConnection;
use crate::db::models::questions::{self, NewQuestion};
use crate::db::models::{answers, areas, users};
use crate::domain::Visibility;
use crate::domain::slugify;
use crate::render::markdown::{self, Trust};

/// An area of expertise: name, description.
pub type DemoArea = (&'static str, &'static str);

/// An expert: username, areas (by name), bio.
pub type DemoExpert = (&'static str, &'static [&'static str], &'static str);

/// A demo question: asker, area, title, details, hours ago, answers (author, text), accepted answer index.
pub type DemoQuestion = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    i64,
    &'static [(&'static str, &'static str)],
    Option<usize>,
);

/// The demo Ask the Experts in one language.
pub struct Desk {
    pub areas: &'static [DemoArea],
    pub experts: &'static [DemoExpert],
    pub questions: &'static [DemoQuestion],
}

/// The English desk.
pub static ENGLISH: Desk = Desk {
    areas: AREAS,
    experts: EXPERTS,
    questions: QUESTIONS,
};

const AREAS: &[DemoArea] = &[
    (
        "Shirts & fit",
        "Collar sizes, sleeve lengths, fits and fabrics of shirts.",
    ),
    (
        "Suits",
        "Cuts, cloths, alterations and what suits which occasion.",
    ),
    ("Shoes", "Lasts, leathers, sizing and resoling."),
    ("Care", "Washing, pressing, storing and repairing."),
    (
        "Occasions",
        "Weddings, interviews, black tie and everything between.",
    ),
];

const EXPERTS: &[DemoExpert] = &[
    (
        "eleanor",
        &["Shirts & fit", "Care"],
        "Head of shirting. Twenty years of measuring collars and a soft spot for Oxford cloth.",
    ),
    (
        "marcus",
        &["Suits", "Shoes", "Occasions"],
        "Tailor at our flagship shop. Ask him anything about a suit's shoulders.",
    ),
];

const QUESTIONS: &[DemoQuestion] = &[
    (
        "tom",
        "Shirts & fit",
        "What collar size should I order if I'm between 15.5 and 16?",
        "My neck measures 39.5 cm. The 15.5 feels snug when buttoned, the 16 gapes a little.",
        120,
        &[
            (
                "eleanor",
                "Go for 16 in our **tailored** fit. Our collars are cut with 1.5 cm of ease, so a 39.5 cm neck sits between sizes; the tailored body stops the shirt looking big.",
            ),
            (
                "marcus",
                "One thing to add: if you wear a tie most days, take the 16. A buttoned collar under a tie needs a finger's width of room; open-necked, the 15.5 in the tailored fit will look sharper.",
            ),
            (
                "sam_k",
                "I had the same problem, the 16 tailored was right for me.",
            ),
            (
                "oliver-j",
                "Measure again in the evening too: my neck was nearly a centimetre more than in the morning.",
            ),
        ],
        Some(0),
    ),
    (
        "sam_k",
        "Suits",
        "Can a two-piece suit be worn to a black tie event?",
        "The invitation says black tie optional.",
        96,
        &[(
            "marcus",
            "For *black tie optional*, a dark navy or charcoal suit with a white shirt and a black silk tie is correct. Avoid brown shoes.",
        )],
        Some(0),
    ),
    (
        "oliver-j",
        "Shoes",
        "How often should I resole my Goodyear-welted shoes?",
        "I wear them three times a week.",
        80,
        &[(
            "marcus",
            "When the sole is thin at the ball of the foot: press with your thumb. At three wears a week, usually every 18–24 months.",
        )],
        None,
    ),
    (
        "tom",
        "Care",
        "Can I put a merino jumper in the washing machine?",
        "",
        60,
        &[
            (
                "eleanor",
                "Yes, on the wool cycle at 30 °C with a wool detergent. Dry it flat.",
            ),
            ("oliver-j", "I use a laundry bag too, helps with pilling."),
        ],
        Some(0),
    ),
    (
        "sam_k",
        "Occasions",
        "What should I wear to a daytime civil ceremony in winter?",
        "Smart but not formal, says the invitation.",
        50,
        &[("tom", "A flannel suit worked for me last year.")],
        None,
    ),
    (
        "oliver-j",
        "Shirts & fit",
        "Do your shirts shrink after the first wash?",
        "",
        30,
        &[(
            "eleanor",
            "Our cotton shirts are pre-washed, so less than 1%. Wash at 40 °C and avoid the tumble dryer.",
        )],
        None,
    ),
    (
        "tom",
        "Suits",
        "Is it worth taking in the waist of an off-the-peg jacket?",
        "It fits the shoulders but is loose at the waist.",
        26,
        &[],
        None,
    ),
    (
        "sam_k",
        "Shoes",
        "Brown or black brogues for a navy suit?",
        "",
        20,
        &[],
        None,
    ),
    (
        "oliver-j",
        "Care",
        "How do I get a red wine stain out of a linen shirt?",
        "It happened last night.",
        5,
        &[],
        None,
    ),
    (
        "tom",
        "Occasions",
        "What is smart casual for a company dinner?",
        "",
        2,
        &[],
        None,
    ),
];

/// Areas, expert profiles and questions of `desk`; `ids` maps demo usernames to account ids.
pub fn seed(
    conn: &mut DbConnection,
    desk: &Desk,
    ids: &HashMap<&str, i64>,
    now: NaiveDateTime,
) -> anyhow::Result<()> {
    let mut area_ids = HashMap::new();
    for (name, description) in desk.areas {
        let id = areas::create(conn, name, &slugify(name), description, now)?
            .ok_or_else(|| anyhow::anyhow!("area {name} exists"))?;
        area_ids.insert(*name, id);
    }
    let id_of = |name: &str| {
        ids.get(name)
            .copied()
            .ok_or_else(|| anyhow::anyhow!("no demo account {name}"))
    };
    for (expert, expertise, bio) in desk.experts {
        let user = id_of(expert)?;
        let profile = users::ProfileUpdate {
            display_name: "",
            bio,
            avatar_id: None,
            hide_activity: false,
        };
        users::update_profile(conn, user, &profile)?;
        for area in *expertise {
            areas::assign(conn, user, area_ids[area])?;
        }
    }
    for (asker, area, title, details, hours_ago, answers, accepted) in desk.questions {
        let asked = now - Duration::hours(*hours_ago);
        let area_id = area_ids[area];
        let html = markdown::render(details, Trust::Member).html;
        let question = questions::create(
            conn,
            &NewQuestion {
                slug: &slugify(title),
                asker_id: id_of(asker)?,
                area_id,
                title,
                body_md: details,
                body_html: html.as_str(),
                image_id: None,
                image_alt: "",
                visibility: Visibility::Visible.key(),
            },
            asked,
        )?;
        questions::set_follow(conn, question, id_of(asker)?, true, asked)?;
        let mut answer_ids = Vec::new();
        for (n, (author, text)) in answers.iter().enumerate() {
            let author_id = id_of(author)?;
            let by_expert = areas::of_expert(conn, author_id)?.contains(&area_id);
            let trust = if by_expert {
                Trust::Staff
            } else {
                Trust::Member
            };
            let html = markdown::render(text, trust).html;
            let at = asked + Duration::minutes(45 * (n as i64 + 1));
            let new = answers::NewAnswer {
                question_id: question,
                author_id,
                body_md: text,
                body_html: html.as_str(),
                by_expert,
                visibility: Visibility::Visible,
            };
            answer_ids.push(answers::add_answer(conn, &new, at)?);
        }
        // Votes from the other members, so the counts look lived-in.
        for answer_id in &answer_ids {
            let answer =
                answers::find_answer(conn, *answer_id)?.ok_or_else(|| anyhow::anyhow!("answer"))?;
            for voter in ["tom", "sam_k", "oliver-j"] {
                let voter_id = id_of(voter)?;
                if voter_id != answer.author_id && voter != *asker {
                    answers::add_vote(conn, &answer, voter_id, asked + Duration::hours(1))?;
                }
            }
        }
        if let Some(index) = accepted {
            questions::accept(
                conn,
                question,
                Some(answer_ids[*index]),
                asked + Duration::hours(2),
            )?;
        }
    }
    Ok(())
}
