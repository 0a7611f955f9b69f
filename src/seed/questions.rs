//! Generated questions, with their answers and the votes on them, and the counters the
//! lists filter on kept true to those rows.

use chrono::NaiveDateTime;

use super::making::{Maker, Report, Titled, expect_last, flush_together, moderated};
use super::people::AREAS;
use super::random::Random;
use crate::db::DbConnection;
use crate::db::models::bulk::{AnswerRow, AnswerVoteRow, QuestionRow};
use crate::domain::{Visibility, slugify};
use crate::render::markdown::Trust;

const QUESTIONS_PER_MILLE: u64 = 200;
/// How many answers a question gets, per thousand questions (about 2 on average).
const ANSWERS: [(u64, u64); 7] = [
    (0, 150),
    (1, 250),
    (2, 250),
    (3, 170),
    (4, 100),
    (5, 50),
    (6, 30),
];
/// How many answers the next question gets.
fn answer_count(random: &mut Random) -> u64 {
    let mut roll = random.below(1000);
    for (answers, per_mille) in ANSWERS {
        if roll < per_mille {
            return answers;
        }
        roll -= per_mille;
    }
    0
}

/// Writes the questions with their answers and the votes on them; returns each answer's
/// date, or `None` for one that is not shown.
pub(super) fn seed_questions(
    conn: &mut DbConnection,
    m: &mut Maker,
    posts: u64,
    report: &mut Report,
) -> anyhow::Result<Vec<Option<NaiveDateTime>>> {
    let count = posts * QUESTIONS_PER_MILLE / 1000;
    let mut answer_dates = Vec::new();
    let (mut questions, mut answers, mut votes) = (Vec::new(), Vec::new(), Vec::new());
    for k in 0..count {
        let question_id = k as i64 + 1;
        let Titled {
            title,
            text,
            created_at,
        } = m.titled((k, count), true, (1, 2), Trust::Member);
        let visibility = moderated(&mut m.random);
        let area_id = 1 + m.random.below(AREAS.len() as u64) as i64;
        let mut question = QuestionRow {
            slug: slugify(&title),
            asker_id: m.people.anyone(&mut m.random),
            area_id,
            title,
            body_md: text.body,
            body_html: text.html,
            image_id: None,
            image_alt: String::new(),
            answer_count: 0,
            expert_answer_count: 0,
            vote_count: 0,
            accepted_answer_id: None,
            created_at,
            last_activity_at: created_at,
            visibility: visibility.key().to_owned(),
            first_answer_at: None,
            first_expert_answer_at: None,
        };
        let mut last = created_at;
        for _ in 0..answer_count(&mut m.random) {
            let answer_id = answer_dates.len() as i64 + 1;
            let by_expert = m.random.chance(400);
            let author_id = if by_expert {
                m.people.expert(&mut m.random)
            } else {
                m.people.anyone(&mut m.random)
            };
            let text = m.text(1, 3, Trust::Member);
            let at = m.time.after(last, 3, &mut m.random);
            last = at;
            let shown = moderated(&mut m.random);
            let score = if shown == Visibility::Visible {
                [0, 0, 0, 1, 1, 2, 3][m.random.below(7) as usize]
            } else {
                0
            };
            let first_voter = m.people.anyone(&mut m.random);
            report.votes += score as u64;
            for v in 0..score {
                votes.push(AnswerVoteRow {
                    answer_id,
                    user_id: 1 + (first_voter + v) % m.people.members as i64,
                    created_at: m.time.after(at, 7, &mut m.random),
                });
            }
            if shown == Visibility::Visible {
                question.answer_count += 1;
                question.expert_answer_count += i32::from(by_expert);
                question.vote_count += score as i32;
                question.last_activity_at = at;
                question.first_answer_at.get_or_insert(at);
                if by_expert {
                    question.first_expert_answer_at.get_or_insert(at);
                }
                if question.accepted_answer_id.is_none() && m.random.chance(250) {
                    question.accepted_answer_id = Some(answer_id);
                }
            }
            answer_dates.push((shown == Visibility::Visible).then_some(at));
            answers.push(AnswerRow {
                question_id,
                author_id,
                body_md: text.body,
                body_html: text.html,
                by_expert,
                score: score as i32,
                created_at: at,
                edited_at: None,
                visibility: shown.key().to_owned(),
            });
        }
        questions.push(question);
        flush_together(conn, (&mut questions, &mut answers, &mut votes), false)?;
    }
    flush_together(conn, (&mut questions, &mut answers, &mut votes), true)?;
    expect_last::<QuestionRow>(conn, count as i64)?;
    expect_last::<AnswerRow>(conn, answer_dates.len() as i64)?;
    report.questions = count;
    report.answers = answer_dates.len() as u64;
    Ok(answer_dates)
}
