-- A member's profile counts the answers a reader may open, and how many were accepted: the
-- visibility of each answer's question and whether it accepted that answer. Read from the
-- question, that cost an index probe per answer, twice (the busiest member at a million
-- posts: 945 answers, 38 ms p99 at 8 connections). Each answer now carries both, kept by
-- the database itself (as the site version is) whatever writes the question or the
-- answer: the app, the command line or plain SQL. The profile then counts from the index
-- of the member's answers alone.
ALTER TABLE answers ADD COLUMN question_visibility TEXT NOT NULL DEFAULT 'visible';
ALTER TABLE answers ADD COLUMN accepted BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE answers
   SET question_visibility = (SELECT q.visibility FROM questions q WHERE q.id = answers.question_id),
       accepted = EXISTS (SELECT 1 FROM questions q
                           WHERE q.id = answers.question_id AND q.accepted_answer_id = answers.id);

-- A new answer, or one moved to another question, takes its question's state.
CREATE TRIGGER answers_take_question_state_insert AFTER INSERT ON answers
BEGIN
    UPDATE answers
       SET question_visibility = (SELECT visibility FROM questions WHERE id = NEW.question_id),
           accepted = EXISTS (SELECT 1 FROM questions
                               WHERE id = NEW.question_id AND accepted_answer_id = NEW.id)
     WHERE id = NEW.id;
END;
CREATE TRIGGER answers_take_question_state_move AFTER UPDATE OF question_id ON answers
WHEN NEW.question_id IS NOT OLD.question_id
BEGIN
    UPDATE answers
       SET question_visibility = (SELECT visibility FROM questions WHERE id = NEW.question_id),
           accepted = EXISTS (SELECT 1 FROM questions
                               WHERE id = NEW.question_id AND accepted_answer_id = NEW.id)
     WHERE id = NEW.id;
END;
-- A question's new visibility, or its new accepted answer, goes to its answers.
CREATE TRIGGER questions_give_visibility_to_answers AFTER UPDATE OF visibility ON questions
WHEN NEW.visibility IS NOT OLD.visibility
BEGIN
    UPDATE answers SET question_visibility = NEW.visibility WHERE question_id = NEW.id;
END;
CREATE TRIGGER questions_give_acceptance_to_answers AFTER UPDATE OF accepted_answer_id ON questions
WHEN NEW.accepted_answer_id IS NOT OLD.accepted_answer_id
BEGIN
    UPDATE answers SET accepted = (id IS NEW.accepted_answer_id)
     WHERE question_id = NEW.id
       AND (id IS OLD.accepted_answer_id OR id IS NEW.accepted_answer_id);
END;

-- The member's answers, newest first, with all the profile tests.
DROP INDEX answers_author_created;
CREATE INDEX answers_author_created
    ON answers (author_id, created_at, id, visibility, question_id, question_visibility, accepted);
-- Its planner statistics, as the index it replaces (dropping an index drops its row).
INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES
    ('answers', 'answers_author_created', '416833 5 1 1 1 1 1 1');
ANALYZE sqlite_schema;
