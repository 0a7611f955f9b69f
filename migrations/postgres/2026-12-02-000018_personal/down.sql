CREATE TABLE idea_hidden (
    idea_id BIGINT NOT NULL REFERENCES ideas (id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    PRIMARY KEY (user_id, idea_id)
);
INSERT INTO idea_hidden (idea_id, user_id) SELECT item_id, user_id FROM not_for_me WHERE kind = 'idea';
DROP INDEX users_digest;
DROP INDEX questions_area_activity;
DROP INDEX idea_status_changes_created;
DROP TABLE digests_sent;
ALTER TABLE users DROP COLUMN interests_offered;
ALTER TABLE users DROP COLUMN digest;
DROP TABLE not_for_me;
DROP TABLE member_interests;
