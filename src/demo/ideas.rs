//! The demo ideas board: ideas in every status with votes and notes, a merged duplicate,
//! and two ideas still waiting for review.

use std::collections::HashMap;

use chrono::{Duration, NaiveDateTime};

use crate::db::DbConnection;
use crate::db::models::ideas;
use crate::render::markdown::{self, Trust, slugify};

/// Author, title, description, days ago, status path (moderator notes per step), voters.
type DemoIdea = (
    &'static str,
    &'static str,
    &'static str,
    i64,
    &'static [(&'static str, &'static str)],
    &'static [&'static str],
);

const IDEAS: &[DemoIdea] = &[
    (
        "tom",
        "Offer shirts in half collar sizes",
        "Between 15.5 and 16 nothing fits quite right.",
        40,
        &[
            (
                "under-review",
                "We are costing the extra sizes with our workshop.",
            ),
            ("planned", "Coming with the spring collection."),
        ],
        &["sam_k", "oliver-j", "eleanor"],
    ),
    (
        "sam_k",
        "Free hemming on all trousers",
        "Most of us need it anyway.",
        35,
        &[
            ("under-review", ""),
            ("in-progress", "Trial in the flagship shop this month."),
        ],
        &["tom", "oliver-j"],
    ),
    (
        "oliver-j",
        "A repair service for worn collars and cuffs",
        "I'd rather repair than replace.",
        60,
        &[
            ("under-review", ""),
            ("planned", ""),
            ("in-progress", ""),
            (
                "done",
                "Collar and cuff turning is now offered in every shop.",
            ),
        ],
        &["tom", "sam_k"],
    ),
    (
        "tom",
        "Sell gift cards in any amount",
        "",
        20,
        &[(
            "declined",
            "Gift cards come in fixed amounts for accounting reasons, sorry.",
        )],
        &["oliver-j"],
    ),
    (
        "sam_k",
        "Show the fabric weight on every product page",
        "Grams per square metre, please.",
        10,
        &[("under-review", "")],
        &["tom"],
    ),
    (
        "oliver-j",
        "Late opening on Thursdays",
        "After work is the only time I can shop.",
        6,
        &[],
        &["sam_k", "tom"],
    ),
];

/// Seeds the ideas; `ids` maps demo usernames to account ids.
pub fn seed(
    conn: &mut DbConnection,
    ids: &HashMap<&str, i64>,
    now: NaiveDateTime,
) -> anyhow::Result<()> {
    let id_of = |name: &str| {
        ids.get(name)
            .copied()
            .ok_or_else(|| anyhow::anyhow!("no demo account {name}"))
    };
    let moderator = ("priya", id_of("priya")?);
    let mut created = Vec::new();
    for (author, title, body, days, steps, voters) in IDEAS {
        let posted = now - Duration::days(*days);
        let html = markdown::render(body, Trust::Member).html;
        let id = ideas::create(
            conn,
            &slugify(title),
            id_of(author)?,
            title,
            body,
            html.as_str(),
            false,
            posted,
        )?;
        let mut at = posted + Duration::hours(5);
        let idea = ideas::find(conn, id)?.ok_or_else(|| anyhow::anyhow!("idea"))?;
        ideas::change_status(conn, &idea, "new", true, (moderator.1, moderator.0), "", at)?;
        for voter in *voters {
            ideas::add_vote(conn, id, id_of(voter)?, at + Duration::hours(1))?;
        }
        for (status, note) in *steps {
            at += Duration::days(2);
            let idea = ideas::find(conn, id)?.ok_or_else(|| anyhow::anyhow!("idea"))?;
            ideas::change_status(
                conn,
                &idea,
                status,
                true,
                (moderator.1, moderator.0),
                note,
                at,
            )?;
        }
        created.push(id);
    }
    // A duplicate, merged into the first idea.
    let posted = now - Duration::days(8);
    let title = "Collars in half sizes would be great";
    let html = markdown::render("Same as the half-size idea, really.", Trust::Member).html;
    let duplicate = ideas::create(
        conn,
        &slugify(title),
        id_of("oliver-j")?,
        title,
        "Same as the half-size idea, really.",
        html.as_str(),
        true,
        posted,
    )?;
    ideas::add_vote(conn, duplicate, id_of("tom")?, posted)?;
    let source = ideas::find(conn, duplicate)?.ok_or_else(|| anyhow::anyhow!("idea"))?;
    let target = ideas::find(conn, created[0])?.ok_or_else(|| anyhow::anyhow!("idea"))?;
    ideas::merge(conn, &source, &target, posted + Duration::hours(3))?;
    let note = format!("Merged into #{}: {}", target.id, target.title);
    ideas::change_status(
        conn,
        &source,
        "duplicate",
        true,
        (moderator.1, moderator.0),
        &note,
        posted + Duration::hours(3),
    )?;
    // Two ideas still waiting for a moderator.
    for (author, title, hours) in [
        ("sam_k", "A tie-of-the-month subscription", 30),
        ("tom", "Recycle old shirts into pocket squares", 3),
    ] {
        let html = markdown::render("", Trust::Member).html;
        ideas::create(
            conn,
            &slugify(title),
            id_of(author)?,
            title,
            "",
            html.as_str(),
            false,
            now - Duration::hours(hours),
        )?;
    }
    Ok(())
}
