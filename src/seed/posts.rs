//! Generated articles, ideas (with votes and status history) and comments.

use chrono::{Duration, NaiveDateTime};

use super::making::{Maker, Report, Titled, expect_last, flush, flush_together, moderated};
use super::people::{AREAS, People};
use super::random::Random;
use crate::db::DbConnection;
use crate::db::models::bulk::{
    ArticleRow, ArticleSlugRow, ArticleTagRow, IdeaRow, IdeaStatusRow, IdeaVoteRow, ReplyRow,
};
use crate::domain::idea::IdeaStatus;
use crate::domain::{Visibility, slugify};
use crate::render::markdown::Trust;

const TAGS: &[&str] = &[
    "style",
    "care",
    "fit",
    "fabric",
    "shoes",
    "tailoring",
    "occasions",
    "seasonal",
    "travel",
    "gifts",
    "behind-the-scenes",
    "new-in",
];
/// How the posts divide, per thousand: the rest are comments.
const ARTICLES_PER_MILLE: u64 = 10;
const IDEAS_PER_MILLE: u64 = 50;
/// Writes the articles; returns each one's date, or `None` for drafts and scheduled ones
/// (nobody comments on those).
pub(super) fn seed_articles(
    conn: &mut DbConnection,
    m: &mut Maker,
    posts: u64,
) -> anyhow::Result<Vec<Option<NaiveDateTime>>> {
    let count = posts * ARTICLES_PER_MILLE / 1000;
    let mut dates = Vec::with_capacity(count as usize);
    let (mut rows, mut tags, mut slugs) = (Vec::new(), Vec::new(), Vec::new());
    for k in 0..count {
        let id = k as i64 + 1;
        let Titled {
            title,
            text,
            created_at,
        } = m.titled((k, count), false, (5, 12), Trust::Staff);
        let published_at = match m.random.below(100) {
            0..=1 => None,
            2 => Some(m.time.now + Duration::days(m.random.between(1, 30) as i64)),
            _ => Some(created_at),
        };
        dates.push(published_at.filter(|at| *at <= m.time.now));
        let slug = format!("{}-{id}", slugify(&title));
        let mut chosen: Vec<&str> = Vec::new();
        for _ in 0..m.random.between(1, 3) {
            let tag = m.random.pick(TAGS);
            if !chosen.contains(&tag) {
                chosen.push(tag);
            }
        }
        tags.extend(chosen.iter().map(|tag| ArticleTagRow {
            article_id: id,
            tag: (*tag).to_owned(),
        }));
        slugs.push(ArticleSlugRow {
            slug: slug.clone(),
            article_id: id,
        });
        rows.push(ArticleRow {
            slug,
            author_id: m.people.staff(&mut m.random),
            title,
            excerpt: crate::blog::excerpt_from(&text.plain),
            reading_minutes: text.reading_minutes,
            body_md: text.body,
            body_html: text.html,
            cover_id: None,
            cover_alt: String::new(),
            tags: chosen.join(","),
            published_at,
            created_at,
            updated_at: created_at,
            visibility: Visibility::Visible.key().to_owned(),
        });
        flush_together(conn, (&mut rows, &mut tags, &mut slugs), false)?;
    }
    flush_together(conn, (&mut rows, &mut tags, &mut slugs), true)?;
    expect_last::<ArticleRow>(conn, count as i64)?;
    Ok(dates)
}
/// An idea's status, per thousand: most are new, as on a real board.
fn idea_status(random: &mut Random) -> IdeaStatus {
    match random.below(1000) {
        0..=599 => IdeaStatus::New,
        600..=699 => IdeaStatus::UnderReview,
        700..=779 => IdeaStatus::Planned,
        780..=829 => IdeaStatus::InProgress,
        830..=899 => IdeaStatus::Done,
        900..=979 => IdeaStatus::Declined,
        _ => IdeaStatus::Duplicate,
    }
}

/// Writes the ideas with their votes and status changes; returns each idea's date, or
/// `None` for one not on the board.
pub(super) fn seed_ideas(
    conn: &mut DbConnection,
    m: &mut Maker,
    posts: u64,
    report: &mut Report,
) -> anyhow::Result<Vec<Option<NaiveDateTime>>> {
    let count = posts * IDEAS_PER_MILLE / 1000;
    let mut dates = Vec::with_capacity(count as usize);
    let (mut ideas, mut votes, mut changes) = (Vec::new(), Vec::new(), Vec::new());
    for k in 0..count {
        let id = k as i64 + 1;
        let Titled {
            title,
            text,
            created_at,
        } = m.titled((k, count), false, (1, 3), Trust::Member);
        let approved = !m.random.chance(20);
        let status = if approved {
            idea_status(&mut m.random)
        } else {
            IdeaStatus::New
        };
        let merged_into_id = (status == IdeaStatus::Duplicate && id > 1)
            .then(|| 1 + m.random.below(id as u64 - 1) as i64);
        let first_response_at =
            (status != IdeaStatus::New).then(|| m.time.after(created_at, 30, &mut m.random));
        if let Some(at) = first_response_at {
            let moderator_id = m.people.moderator(&mut m.random);
            changes.push(IdeaStatusRow {
                idea_id: id,
                moderator_id: Some(moderator_id),
                moderator: People::username(moderator_id),
                old_status: IdeaStatus::New.key().to_owned(),
                new_status: status.key().to_owned(),
                note: m.words.sentence(&mut m.random, 8, 20),
                created_at: at,
            });
        }
        let visibility = if m.random.chance(5) {
            Visibility::Hidden
        } else {
            Visibility::Visible
        };
        let shown = approved && visibility == Visibility::Visible && merged_into_id.is_none();
        let vote_count = if approved {
            (m.random.unit().powi(3) * 32.0) as u64
        } else {
            0
        }
        .min(m.people.members);
        let first_voter = m.people.anyone(&mut m.random);
        report.votes += vote_count;
        for v in 0..vote_count as i64 {
            votes.push(IdeaVoteRow {
                idea_id: id,
                user_id: 1 + (first_voter + v) % m.people.members as i64,
                created_at: m.time.after(created_at, 60, &mut m.random),
            });
        }
        dates.push(shown.then_some(created_at));
        ideas.push(IdeaRow {
            slug: slugify(&title),
            author_id: m.people.anyone(&mut m.random),
            area_id: Some(1 + m.random.below(AREAS.len() as u64) as i64),
            title,
            body_md: text.body,
            body_html: text.html,
            status: status.key().to_owned(),
            approved,
            vote_count: vote_count as i32,
            created_at,
            first_response_at,
            merged_into_id,
            image_id: None,
            image_alt: String::new(),
            trending_score: 0.0,
            visibility: visibility.key().to_owned(),
        });
        flush_together(conn, (&mut ideas, &mut votes, &mut changes), false)?;
    }
    flush_together(conn, (&mut ideas, &mut votes, &mut changes), true)?;
    expect_last::<IdeaRow>(conn, count as i64)?;
    report.ideas = count;
    Ok(dates)
}

/// Writes `count` comments under the shown articles, answers and ideas (`subjects`, each
/// a list of dates by id); returns how many it wrote.
pub(super) fn seed_comments(
    conn: &mut DbConnection,
    m: &mut Maker,
    count: u64,
    subjects: [&[Option<NaiveDateTime>]; 3],
) -> anyhow::Result<u64> {
    const KINDS: [&str; 3] = ["article", "answer", "idea"];
    let mut rows = Vec::new();
    let mut written = 0;
    let mut attempts = 0;
    while written < count && attempts < count * 4 {
        attempts += 1;
        let which = match m.random.below(10) {
            0..=3 => 0,
            4..=6 => 1,
            _ => 2,
        };
        let list = subjects[which];
        if list.is_empty() {
            continue;
        }
        let index = m.random.below(list.len() as u64) as usize;
        let Some(subject_at) = list[index] else {
            continue;
        };
        let text = m.text(1, 1, Trust::Member);
        rows.push(ReplyRow {
            subject_kind: KINDS[which].to_owned(),
            subject_id: index as i64 + 1,
            parent_id: None,
            author_id: m.people.anyone(&mut m.random),
            body_md: text.body,
            body_html: text.html,
            status: moderated(&mut m.random).key().to_owned(),
            created_at: m.time.after(subject_at, 60, &mut m.random),
            edited_at: None,
        });
        written += 1;
        flush(conn, &mut rows, false)?;
    }
    flush(conn, &mut rows, true)?;
    expect_last::<ReplyRow>(conn, written as i64)?;
    Ok(written)
}
