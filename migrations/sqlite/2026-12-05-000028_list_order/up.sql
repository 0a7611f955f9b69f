-- Indexes that hold each list's order with every column its filter tests, so that a page
-- (and the count for its page links, and the rows a deep page skips) is read from the
-- index alone instead of looking up each row to test its visibility.
--
-- A member's profile lists their posts of each kind newest first: with the date beside the
-- author, each list reads its page in order instead of sorting all of a busy member's
-- posts (945 answers for the busiest at a million posts). Each index still serves
-- everything the one it replaces did (the author is its first column).
DROP INDEX questions_asker;
DROP INDEX answers_author;
DROP INDEX ideas_author;
CREATE INDEX questions_asker_created ON questions (asker_id, created_at, id);
CREATE INDEX answers_author_created ON answers (author_id, created_at, id);
CREATE INDEX ideas_author_created ON ideas (author_id, created_at, id);
-- The blog, newest first, and the ideas board by votes, newest and trending: visibility
-- beside approval and the order.
DROP INDEX articles_published_at;
CREATE INDEX articles_visible_published ON articles (visibility, published_at, id);
DROP INDEX ideas_board_top;
DROP INDEX ideas_board_new;
DROP INDEX ideas_board_trending;
CREATE INDEX ideas_board_top ON ideas (approved, visibility, vote_count, created_at, id);
CREATE INDEX ideas_board_new ON ideas (approved, visibility, created_at, id);
CREATE INDEX ideas_board_trending ON ideas (approved, visibility, trending_score, id);
