//! Everything the database holds about one member, read for their export and erased when
//! they delete their account (see [`crate::privacy`] for what stays and why).

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::db::models::{answers, idea_members};
use crate::db::schema::{
    account_tokens, answer_votes, answers as answers_t, articles, expert_areas, flags,
    idea_follows, idea_status_changes, idea_votes, ideas as ideas_t, member_identities,
    member_interests, not_for_me, notification_prefs, notifications, question_follows, questions,
    rate_events, replies, sessions, users,
};
use crate::domain::Email;

/// The rows of one member, each as the export shows it.
pub struct MemberRecord {
    /// username, e-mail, bio, role bits, member since
    pub account: (String, String, String, i32, NaiveDateTime),
    /// display name, activity hidden from the profile, address confirmed at
    pub profile: (String, bool, Option<NaiveDateTime>),
    /// signed-in devices: browser family, since
    pub devices: Vec<(String, NaiveDateTime)>,
    /// accounts at sign-in providers: provider, linked since
    pub sign_in_accounts: Vec<(String, NaiveDateTime)>,
    /// title, text, published, created
    pub articles: Vec<(String, String, Option<NaiveDateTime>, NaiveDateTime)>,
    /// id, title, text, created
    pub questions: Vec<(i64, String, String, NaiveDateTime)>,
    /// question id, text, created
    pub answers: Vec<(i64, String, NaiveDateTime)>,
    /// subject kind, subject id, text, created
    pub comments: Vec<(String, i64, String, NaiveDateTime)>,
    /// id, title, text, status, created
    pub ideas: Vec<(i64, String, String, String, NaiveDateTime)>,
    /// idea id, when
    pub idea_votes: Vec<(i64, NaiveDateTime)>,
    /// answer id, when
    pub answer_votes: Vec<(i64, NaiveDateTime)>,
    pub followed_questions: Vec<i64>,
    pub followed_ideas: Vec<i64>,
    pub not_for_me: Vec<(String, i64, String)>,
    /// interests: kind, area id, tag
    pub interests: Vec<(String, i64, String)>,
    /// how often they want the digest
    pub digest: String,
    /// subject kind, subject id, reason, when
    pub reports: Vec<(String, i64, String, NaiveDateTime)>,
    /// text, address, when, read when
    pub notifications: Vec<(String, String, NaiveDateTime, Option<NaiveDateTime>)>,
    /// kind, whether e-mailed
    pub email_choices: Vec<(String, bool)>,
}

/// Everything held about member `id`.
pub fn record_of(conn: &mut DbConnection, id: i64) -> QueryResult<MemberRecord> {
    let account: (String, String, String, i32, NaiveDateTime) = users::table
        .find(id)
        .select((
            users::username,
            users::email,
            users::bio,
            users::roles,
            users::created_at,
        ))
        .first(conn)?;
    let profile: (String, bool, Option<NaiveDateTime>) = users::table
        .find(id)
        .select((
            users::display_name,
            users::hide_activity,
            users::email_confirmed_at,
        ))
        .first(conn)?;
    let devices: Vec<(String, NaiveDateTime)> = sessions::table
        .filter(sessions::user_id.eq(id))
        .select((sessions::device, sessions::created_at))
        .load(conn)?;
    let sign_in_accounts: Vec<(String, NaiveDateTime)> = member_identities::table
        .filter(member_identities::user_id.eq(id))
        .select((member_identities::provider, member_identities::created_at))
        .load(conn)?;
    let articles: Vec<(String, String, Option<NaiveDateTime>, NaiveDateTime)> = articles::table
        .filter(articles::author_id.eq(id))
        .select((
            articles::title,
            articles::body_md,
            articles::published_at,
            articles::created_at,
        ))
        .load(conn)?;
    let questions: Vec<(i64, String, String, NaiveDateTime)> = questions::table
        .filter(questions::asker_id.eq(id))
        .select((
            questions::id,
            questions::title,
            questions::body_md,
            questions::created_at,
        ))
        .load(conn)?;
    let answers: Vec<(i64, String, NaiveDateTime)> = answers_t::table
        .filter(answers_t::author_id.eq(id))
        .select((
            answers_t::question_id,
            answers_t::body_md,
            answers_t::created_at,
        ))
        .load(conn)?;
    let comments: Vec<(String, i64, String, NaiveDateTime)> = replies::table
        .filter(replies::author_id.eq(id))
        .select((
            replies::subject_kind,
            replies::subject_id,
            replies::body_md,
            replies::created_at,
        ))
        .load(conn)?;
    let ideas: Vec<(i64, String, String, String, NaiveDateTime)> = ideas_t::table
        .filter(ideas_t::author_id.eq(id))
        .select((
            ideas_t::id,
            ideas_t::title,
            ideas_t::body_md,
            ideas_t::status,
            ideas_t::created_at,
        ))
        .load(conn)?;
    let idea_votes: Vec<(i64, NaiveDateTime)> = idea_votes::table
        .filter(idea_votes::user_id.eq(id))
        .select((idea_votes::idea_id, idea_votes::created_at))
        .load(conn)?;
    let answer_votes: Vec<(i64, NaiveDateTime)> = answer_votes::table
        .filter(answer_votes::user_id.eq(id))
        .select((answer_votes::answer_id, answer_votes::created_at))
        .load(conn)?;
    let followed_questions: Vec<i64> = question_follows::table
        .filter(question_follows::user_id.eq(id))
        .select(question_follows::question_id)
        .load(conn)?;
    let followed_ideas: Vec<i64> = idea_follows::table
        .filter(idea_follows::user_id.eq(id))
        .select(idea_follows::idea_id)
        .load(conn)?;
    let not_for_me: Vec<(String, i64, String)> = not_for_me::table
        .filter(not_for_me::user_id.eq(id))
        .select((not_for_me::kind, not_for_me::item_id, not_for_me::tag))
        .load(conn)?;
    let interests: Vec<(String, i64, String)> = member_interests::table
        .filter(member_interests::user_id.eq(id))
        .select((
            member_interests::kind,
            member_interests::item_id,
            member_interests::tag,
        ))
        .load(conn)?;
    let digest: String = users::table.find(id).select(users::digest).first(conn)?;
    let reports: Vec<(String, i64, String, NaiveDateTime)> = flags::table
        .filter(flags::reporter_id.eq(id))
        .select((
            flags::subject_kind,
            flags::subject_id,
            flags::detail,
            flags::created_at,
        ))
        .load(conn)?;
    let notes: Vec<(String, String, NaiveDateTime, Option<NaiveDateTime>)> = notifications::table
        .filter(notifications::user_id.eq(id))
        .select((
            notifications::text,
            notifications::url,
            notifications::created_at,
            notifications::read_at,
        ))
        .load(conn)?;
    let prefs: Vec<(String, bool)> = notification_prefs::table
        .filter(notification_prefs::user_id.eq(id))
        .select((notification_prefs::kind, notification_prefs::email))
        .load(conn)?;
    Ok(MemberRecord {
        account,
        profile,
        devices,
        sign_in_accounts,
        articles,
        questions,
        answers,
        comments,
        ideas,
        idea_votes,
        answer_votes,
        followed_questions,
        followed_ideas,
        not_for_me,
        interests,
        digest,
        reports,
        notifications: notes,
        email_choices: prefs,
    })
}

/// What a deleted account has instead of a password hash: no password ever matches it, and
/// it marks the account as deleted.
pub const ERASED_HASH: &str = "!deleted";

/// Whether member `id`'s account was deleted (or never existed).
pub fn is_erased(conn: &mut DbConnection, id: i64) -> QueryResult<bool> {
    let hash: Option<String> = users::table
        .find(id)
        .select(users::password_hash)
        .first(conn)
        .optional()?;
    Ok(hash.is_none_or(|h| h == ERASED_HASH))
}

/// Marks member `id`'s account as deleted, first thing in the deletion's transaction;
/// false when it already was. Two deletions of one account at once both reach this
/// update: PostgreSQL makes the second wait on the row until the first commits, then
/// finds nothing left to update (SQLite runs the two transactions one after the other),
/// so only one deletion goes on.
pub fn claim_for_erasure(conn: &mut DbConnection, id: i64) -> QueryResult<bool> {
    let claimed = diesel::update(
        users::table
            .find(id)
            .filter(users::password_hash.ne(ERASED_HASH)),
    )
    .set(users::password_hash.eq(ERASED_HASH))
    .execute(conn)?;
    Ok(claimed == 1)
}

/// Erases member `id`'s personal data in the caller's transaction, and names what they
/// wrote `name` from now on.
pub fn erase(conn: &mut DbConnection, id: i64, name: &str) -> QueryResult<()> {
    // Votes go one by one through the model, so the counts they added drop with them.
    let voted_ideas: Vec<i64> = idea_votes::table
        .filter(idea_votes::user_id.eq(id))
        .select(idea_votes::idea_id)
        .load(conn)?;
    for idea in voted_ideas {
        idea_members::remove_vote(conn, idea, id)?;
    }
    let voted_answers: Vec<i64> = answer_votes::table
        .filter(answer_votes::user_id.eq(id))
        .select(answer_votes::answer_id)
        .load(conn)?;
    for answer in voted_answers {
        if let Some(answer) = answers::find_answer(conn, answer)? {
            answers::remove_vote(conn, &answer, id)?;
        }
    }
    diesel::delete(sessions::table.filter(sessions::user_id.eq(id))).execute(conn)?;
    diesel::delete(member_identities::table.filter(member_identities::user_id.eq(id)))
        .execute(conn)?;
    diesel::delete(account_tokens::table.filter(account_tokens::user_id.eq(id))).execute(conn)?;
    // A moderator's name in ideas' public status history becomes the former member's.
    diesel::update(idea_status_changes::table.filter(idea_status_changes::moderator_id.eq(id)))
        .set(idea_status_changes::moderator.eq(name))
        .execute(conn)?;
    diesel::delete(notifications::table.filter(notifications::user_id.eq(id))).execute(conn)?;
    diesel::delete(notification_prefs::table.filter(notification_prefs::user_id.eq(id)))
        .execute(conn)?;
    diesel::delete(question_follows::table.filter(question_follows::user_id.eq(id)))
        .execute(conn)?;
    diesel::delete(idea_follows::table.filter(idea_follows::user_id.eq(id))).execute(conn)?;
    diesel::delete(not_for_me::table.filter(not_for_me::user_id.eq(id))).execute(conn)?;
    diesel::delete(member_interests::table.filter(member_interests::user_id.eq(id)))
        .execute(conn)?;
    diesel::delete(rate_events::table.filter(rate_events::user_id.eq(id))).execute(conn)?;
    diesel::delete(expert_areas::table.filter(expert_areas::user_id.eq(id))).execute(conn)?;
    diesel::update(users::table.find(id))
        .set((
            users::username.eq(name),
            users::username_key.eq(name),
            users::email.eq(Email::of_deleted(name)),
            users::email_key.eq(Email::of_deleted(name)),
            users::password_hash.eq(ERASED_HASH),
            users::email_confirmed_at.eq(None::<NaiveDateTime>),
            users::display_name.eq(""),
            users::hide_activity.eq(false),
            users::bio.eq(""),
            users::avatar_id.eq(None::<i64>),
            users::roles.eq(0),
            users::trusted.eq(false),
            users::restriction.eq(""),
            users::restricted_until.eq(None::<NaiveDateTime>),
            users::restriction_reason.eq(""),
        ))
        .execute(conn)?;
    Ok(())
}
