-- Ideas get an optional picture, members can follow an idea, and the board filters by area
-- and ranks trending ideas from the recent votes only.
ALTER TABLE ideas ADD COLUMN image_id INTEGER REFERENCES media (id);
ALTER TABLE ideas ADD COLUMN image_alt TEXT NOT NULL DEFAULT '';

CREATE TABLE idea_follows (
    idea_id INTEGER NOT NULL REFERENCES ideas (id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    PRIMARY KEY (idea_id, user_id)
);
CREATE INDEX idea_follows_user ON idea_follows (user_id);

CREATE INDEX ideas_area_top ON ideas (area_id, approved, vote_count, created_at);
CREATE INDEX idea_votes_recent ON idea_votes (created_at, idea_id);
