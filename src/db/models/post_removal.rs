//! Removing posts for good, when their author deletes their account with them (see
//! `crate::privacy` for which are deleted and which stay): finding an author's posts,
//! telling whether anyone responded to one, deleting one with everything that hangs on it,
//! and replacing one's text. Counters move as when a moderator hides the post
//! ([`post_state::set_visibility`]), and votes go through the vote model, so every count a
//! list sorts on stays true.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::posts::Post;
use super::{answers, like_prefix, post_state, questions};
use crate::db::DbConnection;
use crate::db::schema::{
    answer_votes, answers as answers_t, article_slugs, articles, flags, idea_votes, ideas,
    notifications, questions as questions_t, replies,
};
use crate::domain::{ContentKind, Visibility};
use crate::paths;

/// Every post `author` wrote, in an order in which each can be removed once those before
/// it are: replies to comments, then comments, answers, questions, ideas and articles. A
/// post is only deleted when nothing hangs on it any more, so the order matters: a
/// question whose only answer was its asker's own can go once that answer has.
pub fn keys_by(conn: &mut DbConnection, author: i64) -> QueryResult<Vec<(ContentKind, i64)>> {
    let mut keys = Vec::new();
    let comments: Vec<(i64, Option<i64>)> = replies::table
        .filter(replies::author_id.eq(author))
        .order(replies::id.asc())
        .select((replies::id, replies::parent_id))
        .load(conn)?;
    let (nested, top): (Vec<_>, Vec<_>) = comments.into_iter().partition(|c| c.1.is_some());
    keys.extend(
        nested
            .into_iter()
            .chain(top)
            .map(|(id, _)| (ContentKind::Comment, id)),
    );
    let answer_ids: Vec<i64> = answers_t::table
        .filter(answers_t::author_id.eq(author))
        .order(answers_t::id.asc())
        .select(answers_t::id)
        .load(conn)?;
    keys.extend(answer_ids.into_iter().map(|id| (ContentKind::Answer, id)));
    let question_ids: Vec<i64> = questions_t::table
        .filter(questions_t::asker_id.eq(author))
        .order(questions_t::id.asc())
        .select(questions_t::id)
        .load(conn)?;
    keys.extend(
        question_ids
            .into_iter()
            .map(|id| (ContentKind::Question, id)),
    );
    let idea_ids: Vec<i64> = ideas::table
        .filter(ideas::author_id.eq(author))
        .order(ideas::id.asc())
        .select(ideas::id)
        .load(conn)?;
    keys.extend(idea_ids.into_iter().map(|id| (ContentKind::Idea, id)));
    let article_ids: Vec<i64> = articles::table
        .filter(articles::author_id.eq(author))
        .order(articles::id.asc())
        .select(articles::id)
        .load(conn)?;
    keys.extend(article_ids.into_iter().map(|id| (ContentKind::Article, id)));
    Ok(keys)
}

/// Whether something of others still hangs on `post`: replies to a comment; comments
/// under an answer, an idea or an article; answers to a question; votes on an idea, or
/// ideas merged into it. Deleting such a post would break others' threads (or, for the
/// references between rows, fail).
pub fn has_responses(conn: &mut DbConnection, post: &Post) -> QueryResult<bool> {
    let comments_under = |conn: &mut DbConnection, kind: ContentKind| {
        diesel::select(diesel::dsl::exists(
            replies::table
                .filter(replies::subject_kind.eq(kind.key()))
                .filter(replies::subject_id.eq(post.id)),
        ))
        .get_result::<bool>(conn)
    };
    match post.kind {
        ContentKind::Comment => diesel::select(diesel::dsl::exists(
            replies::table.filter(replies::parent_id.eq(post.id)),
        ))
        .get_result(conn),
        ContentKind::Answer | ContentKind::Article => comments_under(conn, post.kind),
        ContentKind::Question => diesel::select(diesel::dsl::exists(
            answers_t::table.filter(answers_t::question_id.eq(post.id)),
        ))
        .get_result(conn),
        ContentKind::Idea => Ok(comments_under(conn, post.kind)?
            || diesel::select(diesel::dsl::exists(
                idea_votes::table.filter(idea_votes::idea_id.eq(post.id)),
            ))
            .get_result(conn)?
            || diesel::select(diesel::dsl::exists(
                ideas::table.filter(ideas::merged_into_id.eq(post.id)),
            ))
            .get_result(conn)?),
    }
}

/// Deletes `post`, which nothing of others hangs on ([`has_responses`] is false), with what
/// depends on it: an answer's place in its question's counts, acceptance and vote count; its
/// reports; the notifications that link to it; and, through the tables' cascades, its
/// follows, votes, invitations, reminders, status history, tags, old slugs and revisions.
/// Returns the picture it showed (a question's or idea's picture, an article's cover), for
/// the caller to delete once nothing else shows it.
pub fn delete(
    conn: &mut DbConnection,
    post: &Post,
    now: NaiveDateTime,
) -> QueryResult<Option<i64>> {
    let mut links = vec![post.path.clone()];
    let picture = match post.kind {
        ContentKind::Comment => {
            diesel::delete(replies::table.find(post.id)).execute(conn)?;
            None
        }
        ContentKind::Answer => {
            // Out of view first: the question's counts and acceptance let go of it.
            post_state::set_visibility(conn, post, Visibility::Hidden, now)?;
            if let Some(answer) = answers::find_answer(conn, post.id)? {
                let voters: Vec<i64> = answer_votes::table
                    .filter(answer_votes::answer_id.eq(post.id))
                    .select(answer_votes::user_id)
                    .load(conn)?;
                for voter in voters {
                    answers::remove_vote(conn, &answer, voter)?;
                }
            }
            diesel::delete(answers_t::table.find(post.id)).execute(conn)?;
            None
        }
        ContentKind::Question => {
            let picture = questions_t::table
                .find(post.id)
                .select(questions_t::image_id)
                .first(conn)?;
            diesel::delete(questions_t::table.find(post.id)).execute(conn)?;
            picture
        }
        ContentKind::Idea => {
            let picture = ideas::table
                .find(post.id)
                .select(ideas::image_id)
                .first(conn)?;
            diesel::delete(ideas::table.find(post.id)).execute(conn)?;
            picture
        }
        ContentKind::Article => {
            let old: Vec<String> = article_slugs::table
                .filter(article_slugs::article_id.eq(post.id))
                .select(article_slugs::slug)
                .load(conn)?;
            links.extend(old.iter().map(|slug| paths::article(slug)));
            let cover = articles::table
                .find(post.id)
                .select(articles::cover_id)
                .first(conn)?;
            diesel::delete(articles::table.find(post.id)).execute(conn)?;
            cover
        }
    };
    diesel::delete(
        flags::table
            .filter(flags::subject_kind.eq(post.kind.key()))
            .filter(flags::subject_id.eq(post.id)),
    )
    .execute(conn)?;
    for link in &links {
        forget_notifications_to(conn, link)?;
    }
    Ok(picture)
}

/// Replaces `post`'s text (an answer or a comment others replied to) with `body_md`,
/// rendered `body_html`. The text as posted goes from its reports too, and their open
/// reports are closed by `resolver` with `resolution`: there is nothing left to judge. An
/// answer stops being the accepted one, since what was accepted is gone.
pub fn replace_text(
    conn: &mut DbConnection,
    post: &Post,
    (body_md, body_html): (&str, &str),
    (resolver, resolution): (&str, &str),
    now: NaiveDateTime,
) -> QueryResult<()> {
    post_state::replace_body(conn, post, body_md, body_html)?;
    if post.kind == ContentKind::Answer {
        let question: i64 = answers_t::table
            .find(post.id)
            .select(answers_t::question_id)
            .first(conn)?;
        questions::drop_acceptance_of(conn, question, post.id)?;
    }
    let its_flags = flags::table
        .filter(flags::subject_kind.eq(post.kind.key()))
        .filter(flags::subject_id.eq(post.id));
    diesel::update(its_flags)
        .set(flags::original_md.eq(None::<String>))
        .execute(conn)?;
    diesel::update(its_flags.filter(flags::resolved_at.is_null()))
        .set((
            flags::resolved_at.eq(Some(now)),
            flags::resolved_by.eq(resolver),
            flags::resolution.eq(resolution),
        ))
        .execute(conn)?;
    Ok(())
}

/// Deletes everyone's notifications that lead to `path` (or to a place on its page).
fn forget_notifications_to(conn: &mut DbConnection, path: &str) -> QueryResult<()> {
    let on_page = like_prefix(&format!("{path}#"));
    let with_query = like_prefix(&format!("{path}?"));
    diesel::delete(
        notifications::table.filter(
            notifications::url
                .eq(path)
                .or(notifications::url.like(on_page).escape('\\'))
                .or(notifications::url.like(with_query).escape('\\')),
        ),
    )
    .execute(conn)?;
    Ok(())
}
