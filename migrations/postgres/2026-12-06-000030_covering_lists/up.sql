-- Lists whose filter tests a column their order's index did not hold read each row to test
-- it, and a row is long (the post's text comes before its counters): the busiest member's
-- profile read 945 answers and their questions to count them (169 ms at a million posts),
-- page 200 of "no expert answer, by votes" read 8,000 questions to skip them (976 ms).
-- These indexes carry the tested columns after the order's own, so that a page's ids, the
-- rows a deep page skips and a member's counts are read from the index alone.
--
-- A member's posts, newest first, with what the profile tests (and, for an answer, the
-- question it is on, whose visibility `questions_visibility` answers).
DROP INDEX questions_asker_created;
DROP INDEX answers_author_created;
DROP INDEX ideas_author_created;
CREATE INDEX questions_asker_created ON questions (asker_id, created_at, id, visibility);
CREATE INDEX answers_author_created ON answers (author_id, created_at, id, visibility, question_id);
CREATE INDEX ideas_author_created ON ideas (author_id, created_at, id, visibility, approved, status);
CREATE INDEX questions_visibility ON questions (id, visibility);
DROP INDEX questions_accepted;
CREATE INDEX questions_accepted ON questions (accepted_answer_id, visibility);
-- The question list's orders, with the counters its status filters test. The activity
-- index is rewritten by every answer anyway (the date moves); the others now are too,
-- which an answer can afford: answers are few beside the reads of these lists.
DROP INDEX questions_visible_created;
DROP INDEX questions_visible_activity;
DROP INDEX questions_visible_votes;
DROP INDEX questions_area_created;
CREATE INDEX questions_visible_created
    ON questions (visibility, created_at, id, answer_count, expert_answer_count, accepted_answer_id);
CREATE INDEX questions_visible_activity
    ON questions (visibility, last_activity_at, id, answer_count, expert_answer_count, accepted_answer_id);
CREATE INDEX questions_visible_votes
    ON questions (visibility, vote_count, created_at, id, answer_count, expert_answer_count, accepted_answer_id);
CREATE INDEX questions_area_created
    ON questions (area_id, created_at, id, visibility, answer_count, expert_answer_count, accepted_answer_id);
