//! Rows written many at a time, for filling a database with a large generated community
//! (`parlour seed`, see `crate::seed`): every column given, so one multi-row `INSERT` per
//! few thousand rows does the work of as many single inserts. The application's own
//! posts never come here; they go through the services, one at a time. The dashboard's
//! daily rollups (`super::dashboard`) are written here too: thousands of rows a day.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::db::schema::{
    answer_votes, answers, areas, article_slugs, article_tags, articles, daily_figures,
    expert_areas, idea_status_changes, idea_votes, ideas, member_days, questions, replies, users,
};

#[derive(Insertable)]
#[diesel(table_name = users, treat_none_as_default_value = false)]
pub struct UserRow {
    pub username: String,
    pub username_key: String,
    pub email: String,
    pub email_key: String,
    pub password_hash: String,
    pub roles: i32,
    pub created_at: NaiveDateTime,
    pub email_confirmed_at: Option<NaiveDateTime>,
    pub display_name: String,
}

#[derive(Insertable)]
#[diesel(table_name = areas)]
pub struct AreaRow {
    pub slug: String,
    pub name: String,
    pub description: String,
    pub created_at: NaiveDateTime,
}

#[derive(Insertable)]
#[diesel(table_name = expert_areas)]
pub struct ExpertAreaRow {
    pub user_id: i64,
    pub area_id: i64,
    pub created_at: NaiveDateTime,
}

#[derive(Insertable)]
#[diesel(table_name = articles, treat_none_as_default_value = false)]
pub struct ArticleRow {
    pub slug: String,
    pub author_id: i64,
    pub title: String,
    pub excerpt: String,
    pub body_md: String,
    pub body_html: String,
    pub reading_minutes: i32,
    pub cover_id: Option<i64>,
    pub cover_alt: String,
    pub tags: String,
    pub published_at: Option<NaiveDateTime>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    pub visibility: String,
}

#[derive(Insertable)]
#[diesel(table_name = article_tags)]
pub struct ArticleTagRow {
    pub article_id: i64,
    pub tag: String,
}

#[derive(Insertable)]
#[diesel(table_name = article_slugs)]
pub struct ArticleSlugRow {
    pub slug: String,
    pub article_id: i64,
}

#[derive(Insertable)]
#[diesel(table_name = questions, treat_none_as_default_value = false)]
pub struct QuestionRow {
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
    pub visibility: String,
    pub first_answer_at: Option<NaiveDateTime>,
    pub first_expert_answer_at: Option<NaiveDateTime>,
}

#[derive(Insertable)]
#[diesel(table_name = answers, treat_none_as_default_value = false)]
pub struct AnswerRow {
    pub question_id: i64,
    pub author_id: i64,
    pub body_md: String,
    pub body_html: String,
    pub by_expert: bool,
    pub score: i32,
    pub created_at: NaiveDateTime,
    pub edited_at: Option<NaiveDateTime>,
    pub visibility: String,
}

#[derive(Insertable)]
#[diesel(table_name = answer_votes)]
pub struct AnswerVoteRow {
    pub answer_id: i64,
    pub user_id: i64,
    pub created_at: NaiveDateTime,
}

#[derive(Insertable)]
#[diesel(table_name = ideas, treat_none_as_default_value = false)]
pub struct IdeaRow {
    pub slug: String,
    pub author_id: i64,
    pub area_id: Option<i64>,
    pub title: String,
    pub body_md: String,
    pub body_html: String,
    pub status: String,
    pub approved: bool,
    pub vote_count: i32,
    pub created_at: NaiveDateTime,
    pub first_response_at: Option<NaiveDateTime>,
    pub merged_into_id: Option<i64>,
    pub image_id: Option<i64>,
    pub image_alt: String,
    pub trending_score: f64,
    pub visibility: String,
}

#[derive(Insertable)]
#[diesel(table_name = idea_votes)]
pub struct IdeaVoteRow {
    pub idea_id: i64,
    pub user_id: i64,
    pub created_at: NaiveDateTime,
}

#[derive(Insertable)]
#[diesel(table_name = idea_status_changes, treat_none_as_default_value = false)]
pub struct IdeaStatusRow {
    pub idea_id: i64,
    pub moderator_id: Option<i64>,
    pub moderator: String,
    pub old_status: String,
    pub new_status: String,
    pub note: String,
    pub created_at: NaiveDateTime,
}

#[derive(Insertable)]
#[diesel(table_name = replies, treat_none_as_default_value = false)]
pub struct ReplyRow {
    pub subject_kind: String,
    pub subject_id: i64,
    pub parent_id: Option<i64>,
    pub author_id: i64,
    pub body_md: String,
    pub body_html: String,
    pub status: String,
    pub created_at: NaiveDateTime,
    pub edited_at: Option<NaiveDateTime>,
}

/// One figure of one day, as the dashboard's rollup job stores it.
#[derive(Insertable)]
#[diesel(table_name = daily_figures)]
pub struct DailyFigureRow {
    pub day: NaiveDate,
    pub figure: &'static str,
    pub value: i64,
}

/// A member active on a day, as the dashboard's rollup job stores it.
#[derive(Insertable)]
#[diesel(table_name = member_days)]
pub struct MemberDayRow {
    pub day: NaiveDate,
    pub user_id: i64,
}

/// A kind of row [`insert`] writes.
pub trait Rows: Sized {
    /// The table's name.
    const TABLE: &'static str;
    /// How many columns a row binds.
    const COLUMNS: usize;
    /// One multi-row `INSERT`.
    fn insert_once(conn: &mut DbConnection, rows: &[Self]) -> QueryResult<usize>;
}

macro_rules! rows {
    ($($row:ty => $table:ident, $columns:literal;)*) => {$(
        impl Rows for $row {
            const TABLE: &'static str = stringify!($table);
            const COLUMNS: usize = $columns;
            fn insert_once(conn: &mut DbConnection, rows: &[Self]) -> QueryResult<usize> {
                let insert = diesel::insert_into($table::table).values(rows);
                match conn {
                    DbConnection::Sqlite(c) => insert.execute(c),
                    DbConnection::Pg(c) => insert.execute(c),
                }
            }
        }
    )*};
}

rows! {
    UserRow => users, 9;
    AreaRow => areas, 4;
    ExpertAreaRow => expert_areas, 3;
    ArticleRow => articles, 14;
    ArticleTagRow => article_tags, 2;
    ArticleSlugRow => article_slugs, 2;
    QuestionRow => questions, 17;
    AnswerRow => answers, 9;
    AnswerVoteRow => answer_votes, 3;
    IdeaRow => ideas, 16;
    IdeaVoteRow => idea_votes, 3;
    IdeaStatusRow => idea_status_changes, 7;
    ReplyRow => replies, 9;
    DailyFigureRow => daily_figures, 3;
    MemberDayRow => member_days, 2;
}

/// Writes `rows` in as few statements as the backends' limits on bound parameters allow
/// (SQLite takes 32,766).
pub fn insert<R: Rows>(conn: &mut DbConnection, rows: &[R]) -> QueryResult<()> {
    for chunk in rows.chunks(30_000 / R::COLUMNS) {
        R::insert_once(conn, chunk)?;
    }
    Ok(())
}

/// A kind of row whose table numbers its rows.
pub trait Numbered: Rows {
    /// The highest id in the table (0 when it is empty).
    fn last_id(conn: &mut DbConnection) -> QueryResult<i64>;
}

macro_rules! numbered {
    ($($row:ty => $table:ident;)*) => {$(
        impl Numbered for $row {
            fn last_id(conn: &mut DbConnection) -> QueryResult<i64> {
                $table::table
                    .select(diesel::dsl::max($table::id))
                    .first::<Option<i64>>(conn)
                    .map(|id| id.unwrap_or(0))
            }
        }
    )*};
}

numbered! {
    UserRow => users;
    AreaRow => areas;
    ArticleRow => articles;
    QuestionRow => questions;
    AnswerRow => answers;
    IdeaRow => ideas;
    IdeaStatusRow => idea_status_changes;
    ReplyRow => replies;
}

/// Makes the next row of `R`'s empty table get id 1, so that the seed knows every row's
/// id before writing the rows that point at it. PostgreSQL's identity is restarted (a
/// failed earlier attempt may have used numbers; the change is part of the caller's
/// transaction); SQLite numbers an empty table's rows from 1 already.
pub fn restart_ids<R: Numbered>(conn: &mut DbConnection) -> QueryResult<()> {
    if let DbConnection::Pg(c) = conn {
        // The table name is one of this file's constants, never outside text.
        diesel::sql_query(format!(
            "ALTER TABLE {} ALTER COLUMN id RESTART WITH 1",
            R::TABLE
        ))
        .execute(c)?;
    }
    Ok(())
}
