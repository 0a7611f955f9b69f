//! What the question page shows every reader alike — the question, its answers and
//! comments (held ones included), their authors, the area's experts, the related questions
//! — loaded once per site version and kept (see [`crate::page_cache::shared`]); the page
//! filters it for each reader and adds the reader's own marks.

use std::collections::HashMap;

use crate::clock::now;
use crate::db::DbConnection;
use crate::db::models::answers::{self, AnswerView};
use crate::db::models::areas;
use crate::db::models::questions::{self, Question, QuestionView};
use crate::db::models::replies::{self, ReplyView};
use crate::db::models::users::{self, Person};
use crate::domain::HeldSeen;
use crate::error::AppError;
use crate::page_cache::shared::Weigh;
use crate::search::similar;

/// What the question page shows every reader alike, at one site version (see
/// [`crate::page_cache::shared`]): held answers and comments included, filtered per reader.
pub struct Thread {
    pub view: QuestionView,
    pub answers: Vec<AnswerView>,
    pub comments: Vec<ReplyView>,
    /// Every expert's areas: (expert, area, area name).
    pub assignments: Vec<(i64, i64, String)>,
    /// The area's experts: (id, username).
    pub experts: Vec<(i64, String)>,
    pub related: Vec<Question>,
    pub people: HashMap<i64, Person>,
}

impl Thread {
    /// Question `id` and everything its page shows every reader (not found when there is
    /// no such question; whether the reader may open it is the page's to say).
    pub fn load(conn: &mut DbConnection, id: i64) -> Result<Self, AppError> {
        let view = questions::view(conn, id)?.ok_or(AppError::NotFound)?;
        let held = HeldSeen::every();
        let answers = answers::answers_of(conn, id, held)?;
        let answer_ids: Vec<i64> = answers.iter().map(|a| a.answer.id).collect();
        let comments = replies::for_answers(conn, &answer_ids, held)?;
        let assignments = areas::assignments(conn)?;
        let experts = areas::experts_of(conn, view.question.area_id)?;
        let related = similar::questions(conn, &view.question.title, now(), Some(id))?;
        let mut authors: Vec<i64> = answers.iter().map(|a| a.answer.author_id).collect();
        authors.extend(comments.iter().map(|c| c.reply.author_id));
        authors.extend(experts.iter().map(|(expert, _)| *expert));
        authors.push(view.question.asker_id);
        let people = users::people_of(conn, &authors)?;
        Ok(Self {
            view,
            answers,
            comments,
            assignments,
            experts,
            related,
            people,
        })
    }
}

impl Weigh for Thread {
    fn bytes(&self) -> usize {
        let q = &self.view.question;
        q.body_html.len()
            + q.body_md.len()
            + self
                .answers
                .iter()
                .map(|a| a.answer.body_html.len() + a.answer.body_md.len() + 256)
                .sum::<usize>()
            + self
                .comments
                .iter()
                .map(|c| c.reply.body_html.len() + c.reply.body_md.len() + 256)
                .sum::<usize>()
            + 128 * (self.people.len() + self.assignments.len() + self.related.len())
            + 1024
    }
}
