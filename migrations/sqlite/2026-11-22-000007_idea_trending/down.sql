DROP INDEX ideas_board_status_top;
DROP INDEX ideas_board_trending;
ALTER TABLE ideas DROP COLUMN trending_score;
