-- The community team's dashboard. Counts of what happened each day are rolled up by the
-- background job once the day is over (`daily_figures`, `member_days`), so a year's figures
-- read a few hundred rows instead of a million posts; the day still running is counted
-- live from the indexes below. Everything is counted from posts, votes and moderators'
-- actions: there are no page views to count.

-- One figure ('members', 'questions', 'answers', ...) for one UTC day.
CREATE TABLE daily_figures (
    day    DATE    NOT NULL,
    figure TEXT    NOT NULL,
    value  BIGINT  NOT NULL,
    PRIMARY KEY (day, figure)
);

-- Who was active (posted or voted) on a day: active members over any period are the
-- distinct members of its days.
CREATE TABLE member_days (
    day     DATE    NOT NULL,
    user_id BIGINT  NOT NULL,
    PRIMARY KEY (day, user_id)
);

-- When a question got its first public answer, and its first from an expert: set once,
-- when that answer is published or approved, so that response times survive later edits.
ALTER TABLE questions ADD COLUMN first_answer_at TIMESTAMP;
ALTER TABLE questions ADD COLUMN first_expert_answer_at TIMESTAMP;
UPDATE questions SET
    first_answer_at = (SELECT MIN(a.created_at) FROM answers a
                       WHERE a.question_id = questions.id AND a.visibility = 'visible'),
    first_expert_answer_at = (SELECT MIN(a.created_at) FROM answers a
                              WHERE a.question_id = questions.id AND a.visibility = 'visible'
                                AND a.by_expert);

-- Each day's counts read one narrow index per table.
CREATE INDEX users_created ON users (created_at);
CREATE INDEX questions_dashboard ON questions (created_at, asker_id, first_answer_at, first_expert_answer_at);
CREATE INDEX answers_created ON answers (created_at, author_id);
CREATE INDEX replies_created ON replies (created_at, subject_kind, author_id);
CREATE INDEX ideas_created ON ideas (created_at, author_id, status, first_response_at);
CREATE INDEX articles_published_author ON articles (published_at, author_id);
CREATE INDEX answer_votes_created ON answer_votes (created_at, user_id);
CREATE INDEX idea_votes_created ON idea_votes (created_at, user_id);
CREATE INDEX flags_created ON flags (created_at);
