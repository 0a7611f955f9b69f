DROP TRIGGER questions_give_state_to_answers ON questions;
DROP FUNCTION questions_give_state_to_answers();
DROP TRIGGER answers_take_question_state ON answers;
DROP FUNCTION answers_take_question_state();
DROP INDEX answers_author_created;
ALTER TABLE answers DROP COLUMN accepted;
ALTER TABLE answers DROP COLUMN question_visibility;
CREATE INDEX answers_author_created ON answers (author_id, created_at, id, visibility, question_id);
