DROP INDEX idea_votes_recent;
DROP INDEX ideas_area_top;
DROP TABLE idea_follows;
ALTER TABLE ideas DROP COLUMN image_alt;
ALTER TABLE ideas DROP COLUMN image_id;
