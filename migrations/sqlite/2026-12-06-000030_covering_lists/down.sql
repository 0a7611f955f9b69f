DROP INDEX questions_asker_created;
DROP INDEX answers_author_created;
DROP INDEX ideas_author_created;
DROP INDEX questions_visibility;
CREATE INDEX questions_asker_created ON questions (asker_id, created_at, id);
CREATE INDEX answers_author_created ON answers (author_id, created_at, id);
CREATE INDEX ideas_author_created ON ideas (author_id, created_at, id);
DROP INDEX questions_accepted;
CREATE INDEX questions_accepted ON questions (accepted_answer_id);
DROP INDEX questions_visible_created;
DROP INDEX questions_visible_activity;
DROP INDEX questions_visible_votes;
DROP INDEX questions_area_created;
CREATE INDEX questions_visible_created ON questions (visibility, created_at, id);
CREATE INDEX questions_visible_activity ON questions (visibility, last_activity_at, id);
CREATE INDEX questions_visible_votes ON questions (visibility, vote_count, created_at, id);
CREATE INDEX questions_area_created ON questions (area_id, created_at);
INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES
    ('answers', 'answers_author_created', '416833 5 1 1'),
    ('ideas', 'ideas_author_created', '50000 2 1 1'),
    ('questions', 'questions_accepted', '200000 3'),
    ('questions', 'questions_area_created', '200000 16667 1'),
    ('questions', 'questions_asker_created', '200000 3 1 1'),
    ('questions', 'questions_visible_activity', '200000 66667 1 1'),
    ('questions', 'questions_visible_created', '200000 66667 1 1'),
    ('questions', 'questions_visible_votes', '200000 66667 5129 1 1');
ANALYZE sqlite_schema;
