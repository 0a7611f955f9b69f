//! The demo ideas board: ideas in every status with votes and notes, a merged duplicate,
//! and two ideas still waiting for review. The French board (`super::fr::ideas`) uses the
//! same types, item for item.

use std::collections::HashMap;

use chrono::{Duration, NaiveDateTime};

use crate::db::DbConnection;
use crate::db::models::{areas, idea_members, ideas};
use crate::domain::slugify;
use crate::i18n::Lang;
use crate::messages::notifications::idea_merged_note;
use crate::render::markdown::{self, Trust};

/// Author, area, title, description, days ago, status path (moderator notes per step),
/// voters.
pub type DemoIdea = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    i64,
    &'static [(&'static str, &'static str)],
    &'static [&'static str],
);

/// The demo ideas board in one language.
pub struct Board {
    pub ideas: &'static [DemoIdea],
    /// oliver-j's duplicate of the first idea, merged into it: area, title, description.
    pub duplicate: (&'static str, &'static str, &'static str),
    /// Ideas still waiting for a moderator: author, title, hours ago.
    pub waiting: &'static [(&'static str, &'static str, i64)],
}

/// The English board.
pub static ENGLISH: Board = Board {
    ideas: IDEAS,
    duplicate: (
        "Shirts & fit",
        "Collars in half sizes would be great",
        "Same as the half-size idea, really.",
    ),
    waiting: &[
        ("sam_k", "A tie-of-the-month subscription", 30),
        ("tom", "Recycle old shirts into pocket squares", 3),
    ],
};

const IDEAS: &[DemoIdea] = &[
    (
        "tom",
        "Shirts & fit",
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
        "Suits",
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
        "Care",
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
        "",
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
        "Shirts & fit",
        "Show the fabric weight on every product page",
        "Grams per square metre, please.",
        10,
        &[("under-review", "")],
        &["tom"],
    ),
    (
        "oliver-j",
        "",
        "Late opening on Thursdays",
        "After work is the only time I can shop.",
        6,
        &[],
        &["sam_k", "tom"],
    ),
];

/// Seeds the ideas of `board`; `ids` maps demo usernames to account ids, and `lang` is the
/// language of the note on the merged duplicate (the site's).
pub fn seed(
    conn: &mut DbConnection,
    board: &Board,
    lang: Lang,
    ids: &HashMap<&str, i64>,
    now: NaiveDateTime,
) -> anyhow::Result<()> {
    let id_of = |name: &str| {
        ids.get(name)
            .copied()
            .ok_or_else(|| anyhow::anyhow!("no demo account {name}"))
    };
    let moderator = ("priya", id_of("priya")?);
    let add = |conn: &mut DbConnection,
               author: &str,
               area: &str,
               title: &str,
               body: &str,
               approved: bool,
               at: NaiveDateTime|
     -> anyhow::Result<ideas::Idea> {
        let area_id = match area {
            "" => None,
            name => areas::find_by_slug(conn, &slugify(name))?.map(|a| a.id),
        };
        let html = markdown::render(body, Trust::Member).html;
        let new = ideas::NewIdea {
            slug: &slugify(title),
            author_id: id_of(author)?,
            area_id,
            title,
            body_md: body,
            body_html: html.as_str(),
            image_id: None,
            image_alt: "",
            approved,
        };
        let id = ideas::create(conn, &new, at)?;
        ideas::find(conn, id)?.ok_or_else(|| anyhow::anyhow!("idea {id}"))
    };
    let mut created = Vec::new();
    for (author, area, title, body, days, steps, voters) in board.ideas {
        let posted = now - Duration::days(*days);
        let mut idea = add(conn, author, area, title, body, false, posted)?;
        let mut at = posted + Duration::hours(5);
        ideas::change_status(conn, &idea, "new", true, (moderator.1, moderator.0), "", at)?;
        for voter in *voters {
            idea_members::add_vote(conn, idea.id, id_of(voter)?, at + Duration::hours(1))?;
        }
        for (status, note) in *steps {
            at += Duration::days(2);
            idea = ideas::find(conn, idea.id)?.ok_or_else(|| anyhow::anyhow!("idea"))?;
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
        created.push(idea.id);
    }
    // A duplicate, merged into the first idea.
    let posted = now - Duration::days(8);
    let (area, title, body) = board.duplicate;
    let source = add(conn, "oliver-j", area, title, body, true, posted)?;
    idea_members::add_vote(conn, source.id, id_of("tom")?, posted)?;
    let target = ideas::find(conn, created[0])?.ok_or_else(|| anyhow::anyhow!("idea"))?;
    ideas::merge(conn, &source, &target, posted + Duration::hours(3))?;
    let note = idea_merged_note(lang, target.id, &target.title);
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
    for (author, title, hours) in board.waiting {
        add(
            conn,
            author,
            "",
            title,
            "",
            false,
            now - Duration::hours(*hours),
        )?;
    }
    Ok(())
}
