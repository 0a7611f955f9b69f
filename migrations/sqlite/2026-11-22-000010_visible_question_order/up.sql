-- Lists show visible questions only. With visibility first, each sort's index answers the
-- filter and the order together; without it the planner took the filter index and sorted
-- every row per page.
DROP INDEX questions_created_order;
DROP INDEX questions_activity_order;
DROP INDEX questions_votes_order;
DROP INDEX questions_expert_created;
CREATE INDEX questions_visible_created ON questions (visibility, created_at, id);
CREATE INDEX questions_visible_activity ON questions (visibility, last_activity_at, id);
CREATE INDEX questions_visible_votes ON questions (visibility, vote_count, created_at, id);
CREATE INDEX questions_visible_expert ON questions (visibility, expert_answer_count, created_at, id);
