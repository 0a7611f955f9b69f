//! Questions, answers, votes and follows. Counts that list pages sort and filter on
//! (answers, expert answers, votes) are kept on the question row, updated in the same
//! transaction as the change, so a list of 10 000 questions needs no joins or grouping.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::db::models::media;
use crate::db::models::member_data;
use crate::db::schema::{areas, expert_invites, question_follows, questions, users};
use crate::domain::MediaRef;

/// A question as stored.
#[derive(Queryable, Selectable, Debug, Clone)]
#[diesel(table_name = questions)]
pub struct Question {
    pub id: i64,
    pub slug: String,
    pub asker_id: i64,
    pub area_id: i64,
    pub title: String,
    pub body_md: String,
    pub body_html: String,
    pub image_id: Option<i64>,
    pub image_alt: String,
    pub answer_count: i32,
    pub expert_answer_count: i32,
    pub vote_count: i32,
    pub accepted_answer_id: Option<i64>,
    pub created_at: NaiveDateTime,
    pub last_activity_at: NaiveDateTime,
    /// `visible`, `held` (its asker and moderators see it) or `hidden`.
    pub visibility: String,
}

impl Question {
    /// The question's address.
    pub fn path(&self) -> String {
        crate::paths::question(self.id, &self.slug)
    }
}

/// A question with its asker, area and picture, for the question page: one query.
pub struct QuestionView {
    pub question: Question,
    pub asker: String,
    pub area_name: String,
    pub area_slug: String,
    pub area_description: String,
    pub image: Option<MediaRef>,
    /// The asker deleted their account (the question stayed because others answered).
    pub asker_deleted: bool,
}

/// A new question.
pub struct NewQuestion<'a> {
    pub slug: &'a str,
    pub asker_id: i64,
    pub area_id: i64,
    pub title: &'a str,
    pub body_md: &'a str,
    pub body_html: &'a str,
    pub image_id: Option<i64>,
    pub image_alt: &'a str,
    /// `visible`, or `held` for a moderator.
    pub visibility: &'a str,
}

pub fn create(
    conn: &mut DbConnection,
    new: &NewQuestion<'_>,
    now: NaiveDateTime,
) -> QueryResult<i64> {
    diesel::insert_into(questions::table)
        .values((
            questions::slug.eq(new.slug),
            questions::asker_id.eq(new.asker_id),
            questions::area_id.eq(new.area_id),
            questions::title.eq(new.title),
            questions::body_md.eq(new.body_md),
            questions::body_html.eq(new.body_html),
            questions::image_id.eq(new.image_id),
            questions::image_alt.eq(new.image_alt),
            questions::visibility.eq(new.visibility),
            questions::created_at.eq(now),
            questions::last_activity_at.eq(now),
        ))
        .returning(questions::id)
        .get_result(conn)
}

pub fn find(conn: &mut DbConnection, id: i64) -> QueryResult<Option<Question>> {
    questions::table
        .find(id)
        .select(Question::as_select())
        .first(conn)
        .optional()
}

/// The question page's question, with asker, area and picture.
pub fn view(conn: &mut DbConnection, id: i64) -> QueryResult<Option<QuestionView>> {
    type Row = (
        Question,
        String,
        String,
        String,
        String,
        bool,
        (
            Option<i64>,
            Option<String>,
            Option<String>,
            Option<i32>,
            Option<i32>,
        ),
    );
    let row: Option<Row> = questions::table
        .inner_join(users::table)
        .inner_join(areas::table)
        .left_join(
            crate::db::schema::media::table
                .on(questions::image_id.eq(crate::db::schema::media::id.nullable())),
        )
        .filter(questions::id.eq(id))
        .select((
            Question::as_select(),
            users::username,
            areas::name,
            areas::slug,
            areas::description,
            users::password_hash.eq(member_data::ERASED_HASH),
            media::nullable_columns(),
        ))
        .first(conn)
        .optional()?;
    Ok(row.map(
        |(question, asker, area_name, area_slug, area_description, asker_deleted, image)| {
            QuestionView {
                question,
                asker,
                area_name,
                area_slug,
                area_description,
                image: media::from_nullable(image),
                asker_deleted,
            }
        },
    ))
}

/// Counts an answer coming into view (`step` 1) or going out of it (-1) on its question:
/// the one place the answer counters change, so that lists filtered on them stay true.
pub fn count_answer(
    conn: &mut DbConnection,
    question_id: i64,
    by_expert: bool,
    step: i32,
    now: NaiveDateTime,
) -> QueryResult<()> {
    diesel::update(questions::table.find(question_id))
        .set((
            questions::answer_count.eq(questions::answer_count + step),
            questions::expert_answer_count
                .eq(questions::expert_answer_count + step * i32::from(by_expert)),
            questions::last_activity_at.eq(now),
        ))
        .execute(conn)?;
    Ok(())
}

/// Takes the acceptance away from `answer_id`, if it was the accepted answer.
pub fn drop_acceptance_of(
    conn: &mut DbConnection,
    question_id: i64,
    answer_id: i64,
) -> QueryResult<()> {
    diesel::update(
        questions::table
            .find(question_id)
            .filter(questions::accepted_answer_id.eq(Some(answer_id))),
    )
    .set(questions::accepted_answer_id.eq(None::<i64>))
    .execute(conn)?;
    Ok(())
}

/// Marks `answer_id` as the accepted answer (replacing any earlier choice).
pub fn accept(
    conn: &mut DbConnection,
    question_id: i64,
    answer_id: Option<i64>,
    now: NaiveDateTime,
) -> QueryResult<()> {
    diesel::update(questions::table.find(question_id))
        .set((
            questions::accepted_answer_id.eq(answer_id),
            questions::last_activity_at.eq(now),
        ))
        .execute(conn)
        .map(|_| ())
}

/// Follows or unfollows a question; idempotent.
pub fn set_follow(
    conn: &mut DbConnection,
    question_id: i64,
    user_id: i64,
    follow: bool,
    now: NaiveDateTime,
) -> QueryResult<()> {
    let existing = question_follows::table
        .filter(question_follows::question_id.eq(question_id))
        .filter(question_follows::user_id.eq(user_id));
    if !follow {
        diesel::delete(existing).execute(conn)?;
        return Ok(());
    }
    let already: bool = diesel::select(diesel::dsl::exists(existing)).get_result(conn)?;
    if !already {
        let inserted = diesel::insert_into(question_follows::table)
            .values((
                question_follows::question_id.eq(question_id),
                question_follows::user_id.eq(user_id),
                question_follows::created_at.eq(now),
            ))
            .execute(conn);
        match inserted {
            Ok(_) => {}
            Err(e) if super::is_unique_violation_on(&e, "") => {}
            Err(e) => return Err(e),
        }
    }
    Ok(())
}

pub fn follows(conn: &mut DbConnection, question_id: i64, user_id: i64) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(
        question_follows::table
            .filter(question_follows::question_id.eq(question_id))
            .filter(question_follows::user_id.eq(user_id)),
    ))
    .get_result(conn)
}

pub fn followers(conn: &mut DbConnection, question_id: i64) -> QueryResult<Vec<i64>> {
    question_follows::table
        .filter(question_follows::question_id.eq(question_id))
        .select(question_follows::user_id)
        .load(conn)
}

/// Records an invitation; false when that expert was invited to this question before.
pub fn invite(
    conn: &mut DbConnection,
    question_id: i64,
    invitee_id: i64,
    inviter_id: i64,
    now: NaiveDateTime,
) -> QueryResult<bool> {
    let inserted = diesel::insert_into(expert_invites::table)
        .values((
            expert_invites::question_id.eq(question_id),
            expert_invites::invitee_id.eq(invitee_id),
            expert_invites::inviter_id.eq(inviter_id),
            expert_invites::created_at.eq(now),
        ))
        .execute(conn);
    match inserted {
        Ok(_) => Ok(true),
        Err(e) if super::is_unique_violation_on(&e, "") => Ok(false),
        Err(e) => Err(e),
    }
}
