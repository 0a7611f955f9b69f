//! The question page's answers and comments as HTML, made once per change of the thread and
//! per language, then shared by every reader.
//!
//! Why: a signed-in member's page cannot be kept whole (it carries their votes, forms and
//! token), but almost all of its bytes are the same for everyone reading in one language:
//! each answer's byline, dates, badges and body, and the sentences that name its author
//! ("Vote for Tom's answer"). Formatting those per request cost most of the page's time.
//! They are made here with [`Words`] (the language alone, so nothing of a reader's can slip
//! into them), kept with the thread under its site version (see
//! `page_cache::shared`), and the question page's template puts each reader's own marks
//! and forms between them.

use std::collections::HashMap;

use askama::Template;

use crate::db::models::answers::AnswerView;
use crate::db::models::replies::ReplyView;
use crate::db::models::users::Person;
use crate::render::{Author, Fragment, Words};
use crate::routes::thread_comment::CommentItem;

/// The parts of an answer every reader in one language sees alike, in page order.
pub struct MadeAnswer {
    /// The accepted and expert marks, the author and the date (the "Report" link and the
    /// paragraph's end follow on the page).
    pub meta: Fragment,
    /// The vote count and the accepted tick.
    pub score: Fragment,
    /// The "Report" link, for readers other than the author.
    pub report: Fragment,
    /// The vote button's words for a reader who has not voted, and for one who has.
    pub vote_up: Fragment,
    pub withdraw: Fragment,
    /// The hidden words that name the answer on its accept button.
    pub accept_hidden: Fragment,
    /// The "Comment" link that opens the comment form under it.
    pub comment_link: Fragment,
    pub body: Fragment,
}

impl MadeAnswer {
    /// How many bytes of HTML it holds.
    pub fn bytes(&self) -> usize {
        [
            &self.meta,
            &self.score,
            &self.report,
            &self.vote_up,
            &self.withdraw,
            &self.accept_hidden,
            &self.comment_link,
            &self.body,
        ]
        .iter()
        .map(|f| f.len())
        .sum()
    }
}

/// A thread's answers and comments in one language, in the order the thread holds them.
pub struct Made {
    pub answers: Vec<MadeAnswer>,
    pub comments: Vec<CommentItem>,
    /// How many bytes of HTML they hold, to make room for a page at once.
    pub bytes: usize,
}

#[derive(Template)]
#[template(
    path = "experts/answer_shared.html",
    blocks = [
        "meta",
        "score",
        "report",
        "vote_up",
        "withdraw",
        "accept_hidden",
        "comment_link"
    ]
)]
struct Shared<'a> {
    page: Words,
    author: &'a Author,
    accepted: bool,
    by_expert: bool,
    expert_areas: &'a [String],
    score: i32,
    created_at: chrono::NaiveDateTime,
    report_kind: &'static str,
    report_id: i64,
}

impl Made {
    /// `answers` (`accepted` the accepted one's id) and `comments` in `words`' language;
    /// authors' pictures and badges from `people`, experts' areas from `assignments`
    /// (expert, area, area name).
    pub fn of(
        words: Words,
        (answers, accepted): (&[AnswerView], Option<i64>),
        comments: &[ReplyView],
        assignments: &[(i64, i64, String)],
        people: &HashMap<i64, Person>,
    ) -> Result<Self, askama::Error> {
        let mut areas_by_expert: HashMap<i64, Vec<String>> = HashMap::new();
        for (user, _, name) in assignments {
            areas_by_expert.entry(*user).or_default().push(name.clone());
        }
        let answers: Vec<MadeAnswer> = answers
            .iter()
            .map(|a| {
                let author = crate::routes::author(&a.author, a.answer.author_id, people);
                let expert_areas = match a.answer.by_expert {
                    true => areas_by_expert.get(&a.answer.author_id),
                    false => None,
                };
                let shared = Shared {
                    page: words,
                    author: &author,
                    accepted: accepted == Some(a.answer.id),
                    by_expert: a.answer.by_expert,
                    expert_areas: expert_areas.map_or(&[], Vec::as_slice),
                    score: a.answer.score,
                    created_at: a.answer.created_at,
                    report_kind: "answer",
                    report_id: a.answer.id,
                };
                Ok(MadeAnswer {
                    meta: Fragment::of(&shared.as_meta())?,
                    score: Fragment::of(&shared.as_score())?,
                    report: Fragment::of(&shared.as_report())?,
                    vote_up: Fragment::of(&shared.as_vote_up())?,
                    withdraw: Fragment::of(&shared.as_withdraw())?,
                    accept_hidden: Fragment::of(&shared.as_accept_hidden())?,
                    comment_link: Fragment::of(&shared.as_comment_link())?,
                    body: Fragment::stored(&a.answer.body_html),
                })
            })
            .collect::<Result<_, askama::Error>>()?;
        let comments: Vec<CommentItem> = comments
            .iter()
            .map(|c| CommentItem::of(c, people, words))
            .collect::<Result<_, _>>()?;
        let bytes = answers.iter().map(MadeAnswer::bytes).sum::<usize>()
            + comments.iter().map(CommentItem::bytes).sum::<usize>();
        Ok(Self {
            answers,
            comments,
            bytes,
        })
    }
}
