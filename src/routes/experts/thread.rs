//! What the question page shows every reader alike — the question, its answers and
//! comments (held ones included), their authors, the area's experts, the related questions
//! — loaded once per site version and kept (see [`crate::page_cache::shared`]); the page
//! filters it for each reader and adds the reader's own marks. Its answers and comments
//! as HTML are made the first time a reader in each language asks (see [`super::made`]).

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::clock::now;
use crate::db::DbConnection;
use crate::db::models::answers::{self, AnswerView};
use crate::db::models::areas;
use crate::db::models::questions::{self, Question, QuestionView};
use crate::db::models::replies::{self, ReplyView};
use crate::db::models::users::{self, Person};
use crate::domain::HeldSeen;
use crate::error::AppError;
use crate::i18n::Lang;
use crate::page_cache::shared::Weigh;
use crate::render::Words;
use crate::search::similar;

use super::made::Made;

/// What the question page shows every reader alike, at one site version (see
/// [`crate::page_cache::shared`]): held answers and comments included, filtered per reader.
pub struct Thread {
    pub view: QuestionView,
    /// In page order: the accepted answer first, then the most voted, then the oldest.
    pub answers: Vec<AnswerView>,
    pub comments: Vec<ReplyView>,
    /// For each answer (in [`Thread::answers`]' order), its comments' places in
    /// [`Thread::comments`].
    pub comments_under: Vec<Vec<usize>>,
    /// Every expert's areas: (expert, area, area name).
    pub assignments: Vec<(i64, i64, String)>,
    /// The area's experts: (id, username).
    pub experts: Vec<(i64, String)>,
    pub related: Vec<Question>,
    pub people: HashMap<i64, Person>,
    /// The answers and comments as HTML, per language (in [`Lang::ALL`]'s order), made
    /// when first asked for.
    made: [OnceLock<Made>; Lang::ALL.len()],
}

impl Thread {
    /// Question `id` and everything its page shows every reader (not found when there is
    /// no such question; whether the reader may open it is the page's to say).
    pub fn load(conn: &mut DbConnection, id: i64) -> Result<Self, AppError> {
        let view = questions::view(conn, id)?.ok_or(AppError::NotFound)?;
        let held = HeldSeen::every();
        let mut answers = answers::answers_of(conn, id, held)?;
        let accepted = view.question.accepted_answer_id;
        answers.sort_by(|a, b| {
            let accepted_first = |v: &AnswerView| accepted == Some(v.answer.id);
            accepted_first(b)
                .cmp(&accepted_first(a))
                .then(b.answer.score.cmp(&a.answer.score))
                .then(a.answer.created_at.cmp(&b.answer.created_at))
        });
        let answer_ids: Vec<i64> = answers.iter().map(|a| a.answer.id).collect();
        let comments = replies::for_answers(conn, &answer_ids, held)?;
        let place: HashMap<i64, usize> = answer_ids
            .iter()
            .enumerate()
            .map(|(i, id)| (*id, i))
            .collect();
        let mut comments_under = vec![Vec::new(); answers.len()];
        for (i, c) in comments.iter().enumerate() {
            if let Some(answer) = place.get(&c.reply.subject_id) {
                comments_under[*answer].push(i);
            }
        }
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
            comments_under,
            assignments,
            experts,
            related,
            people,
            made: Default::default(),
        })
    }

    /// The answers and comments as HTML in `lang`, made once.
    pub fn made(&self, lang: Lang) -> Result<&Made, AppError> {
        let index = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
        let cell = &self.made[index];
        if let Some(made) = cell.get() {
            return Ok(made);
        }
        // Two readers may make it at once; both are the same, the first one stays.
        let made = Made::of(
            Words { lang },
            (&self.answers, self.view.question.accepted_answer_id),
            &self.comments,
            &self.assignments,
            &self.people,
        )?;
        Ok(cell.get_or_init(|| made))
    }
}

impl Weigh for Thread {
    /// Counted when it is kept, before its HTML is made: each post counts its body once
    /// more per language, and room for its bylines and buttons' words.
    fn bytes(&self) -> usize {
        let languages = Lang::ALL.len();
        let q = &self.view.question;
        q.body_html.len()
            + q.body_md.len()
            + self
                .answers
                .iter()
                .map(|a| {
                    a.answer.body_html.len() * (1 + languages)
                        + a.answer.body_md.len()
                        + 256
                        + 1536 * languages
                })
                .sum::<usize>()
            + self
                .comments
                .iter()
                .map(|c| {
                    c.reply.body_html.len() * (1 + languages)
                        + c.reply.body_md.len()
                        + 256
                        + 768 * languages
                })
                .sum::<usize>()
            + 128 * (self.people.len() + self.assignments.len() + self.related.len())
            + 1024
    }
}
