-- Trending is a stored score: each vote adds 1 when cast, and a background job re-weighs
-- the last 14 days of votes every few minutes, so the board sorts on an index instead of
-- reading every recent vote per request.
ALTER TABLE ideas ADD COLUMN trending_score REAL NOT NULL DEFAULT 0;
CREATE INDEX ideas_board_trending ON ideas (approved, trending_score);
-- The board filtered by status, sorted by votes, without a sort step per request.
CREATE INDEX ideas_board_status_top ON ideas (status, approved, vote_count, created_at);
