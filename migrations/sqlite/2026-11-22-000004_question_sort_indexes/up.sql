-- The question list's sorts end with id as a tie-breaker; indexes that include it let the
-- database walk a page in order instead of sorting every matching row.
CREATE INDEX questions_votes_order ON questions (vote_count, created_at, id);
CREATE INDEX questions_activity_order ON questions (last_activity_at, id);
CREATE INDEX questions_created_order ON questions (created_at, id);
CREATE INDEX questions_expert_created ON questions (expert_answer_count, created_at, id);
