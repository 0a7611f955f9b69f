DROP TRIGGER questions_give_acceptance_to_answers;
DROP TRIGGER questions_give_visibility_to_answers;
DROP TRIGGER answers_take_question_state_move;
DROP TRIGGER answers_take_question_state_insert;
DROP INDEX answers_author_created;
ALTER TABLE answers DROP COLUMN accepted;
ALTER TABLE answers DROP COLUMN question_visibility;
CREATE INDEX answers_author_created ON answers (author_id, created_at, id, visibility, question_id);
INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES
    ('answers', 'answers_author_created', '416833 5 1 1 1 1');
ANALYZE sqlite_schema;
