DROP INDEX questions_visible_expert;
DROP INDEX questions_visible_votes;
DROP INDEX questions_visible_activity;
DROP INDEX questions_visible_created;
CREATE INDEX questions_votes_order ON questions (vote_count, created_at, id);
CREATE INDEX questions_activity_order ON questions (last_activity_at, id);
CREATE INDEX questions_created_order ON questions (created_at, id);
CREATE INDEX questions_expert_created ON questions (expert_answer_count, created_at, id);
