//! The payloads of each event, from what the database holds inside the event's own
//! transaction. Each names the post or member by id and URL, so a receiver can fetch more
//! from the API (URLs are stored as paths and made whole when sent, see
//! [`super::deliver`]); a post's payload carries its text and the moderation rules it tripped
//! (`flags`), which is what a help-desk needs to pick out negative posts.

use chrono::NaiveDateTime;
use diesel::QueryResult;
use serde_json::{Value, json};

use super::{EventType, raise};
use crate::db::DbConnection;
use crate::db::models::{flags, posts};
use crate::domain::ContentKind;

/// A post's facts, as every post event carries them; `None` if it is gone.
fn post_data(conn: &mut DbConnection, kind: ContentKind, id: i64) -> QueryResult<Option<Value>> {
    let Some(post) = posts::find(conn, kind, id)? else {
        return Ok(None);
    };
    let flags = flags::open_rules(conn, kind.key(), id)?;
    Ok(Some(json!({
        "kind": kind.key(),
        "id": post.id,
        "url": post.path,
        "title": post.title,
        "author": post.author,
        "body_markdown": post.body_md,
        "area_id": post.area_id,
        "visibility": post.visibility.key(),
        "flags": flags,
    })))
}

/// Queues event `kind` about post `id` of kind `post_kind`. `occurrence` tells this
/// occurrence apart from earlier ones of the same kind (a post held, approved, then held
/// again after an edit): the time of the change.
pub fn post(
    conn: &mut DbConnection,
    kind: EventType,
    post_kind: ContentKind,
    id: i64,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    let Some(data) = post_data(conn, post_kind, id)? else {
        return Ok(0);
    };
    let key = format!(
        "{}:{}:{id}:{}",
        kind.key(),
        post_kind.key(),
        now.and_utc().timestamp_micros()
    );
    raise(conn, kind, &key, data, now)
}

/// Queues "an expert answered a question" for answer `answer_id` (once per answer).
pub fn expert_answered(
    conn: &mut DbConnection,
    answer_id: i64,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    let key = format!("{}:{answer_id}", EventType::ExpertAnswered.key());
    about_answer(conn, EventType::ExpertAnswered, &key, answer_id, now)
}

/// Queues "answer accepted" for answer `answer_id` (each time it is accepted).
pub fn answer_accepted(
    conn: &mut DbConnection,
    answer_id: i64,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    let key = format!(
        "{}:{answer_id}:{}",
        EventType::AnswerAccepted.key(),
        now.and_utc().timestamp_micros()
    );
    about_answer(conn, EventType::AnswerAccepted, &key, answer_id, now)
}

fn about_answer(
    conn: &mut DbConnection,
    kind: EventType,
    key: &str,
    answer_id: i64,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    match post_data(conn, ContentKind::Answer, answer_id)? {
        Some(data) => raise(conn, kind, key, data, now),
        None => Ok(0),
    }
}

/// Queues "idea status changed" for idea `idea_id`, now `status`.
pub fn idea_status(
    conn: &mut DbConnection,
    idea_id: i64,
    status: &str,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    let Some(mut data) = post_data(conn, ContentKind::Idea, idea_id)? else {
        return Ok(0);
    };
    data["status"] = json!(status);
    let key = format!(
        "{}:{idea_id}:{status}:{}",
        EventType::IdeaStatusChanged.key(),
        now.and_utc().timestamp_micros()
    );
    raise(conn, EventType::IdeaStatusChanged, &key, data, now)
}

/// Queues "member joined" for member `user_id`.
pub fn member_joined(
    conn: &mut DbConnection,
    user_id: i64,
    username: &str,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    let data = json!({
        "id": user_id,
        "username": username,
        "url": crate::paths::profile(username),
    });
    let key = format!("{}:{user_id}", EventType::MemberJoined.key());
    raise(conn, EventType::MemberJoined, &key, data, now)
}
